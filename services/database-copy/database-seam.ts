import type { Payload, PayloadRequest } from 'payload'

import { mongooseSeam } from './seams/mongoose'
import { postgresSeam } from './seams/postgres'
import { sqliteSeam } from './seams/sqlite'

export type VersionOwner = { collection: string } | { global: string }

export type LoadOptions = {
  /** Delete every row the target holds (its migration history excepted) first, in the same transaction. */
  wipe: boolean
}

/**
 * What copying, backing up and restoring need from a database that differs per adapter. Everything
 * else (which collections, the dump format, loading documents through `payload.db`) is adapter-neutral.
 * One file per adapter under `seams/`.
 */
export type CopySeam = {
  /**
   * Runs `read` so that every `payload.db` read it makes (through `req`) sees one snapshot of the
   * database, while other processes keep writing to it.
   */
  readSnapshot<T>(payload: Payload, read: (req: Partial<PayloadRequest>) => Promise<T>): Promise<T>
  /**
   * Runs `load` as one transaction in which rows may arrive in any order (references are checked
   * once, before commit), then leaves the database ready for new records (e.g. id sequences past
   * the loaded ids). Nothing is kept when `load` or a check fails.
   */
  loadAtOnce<T>(payload: Payload, options: LoadOptions, load: (req: Partial<PayloadRequest>) => Promise<T>): Promise<T>
  /** Writes one dumped version row keeping its id and `latest` flag (inside `loadAtOnce`). */
  insertVersion(payload: Payload, owner: VersionOwner, record: Record<string, unknown>, req: Partial<PayloadRequest>): Promise<void>
}

export function seamFor(payload: Payload): CopySeam {
  switch (payload.db.name) {
    case 'sqlite':
      return sqliteSeam
    case 'postgres':
      return postgresSeam
    case 'mongoose':
      return mongooseSeam
    default:
      throw new Error(`Copying, backing up and restoring are not implemented for the ${payload.db.name} adapter`)
  }
}
