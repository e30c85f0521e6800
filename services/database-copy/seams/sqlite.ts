import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { CopySeam } from '../database-seam'
import { insertDrizzleVersion } from './drizzle-versions'

/** A value of a result row as text (libsql returns strings, numbers, bigints, blobs or null). */
const cell = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? String(value) : 'null')

/** The migration history stays the target's own. */
const KEPT_TABLES = new Set(['payload_migrations'])

function clientOf(payload: Payload): SQLiteAdapter['client'] {
  if (payload.db.name !== 'sqlite') throw new Error(`expected the SQLite adapter, got ${payload.db.name}`)
  // Checked by name just above: the SQLite adapter's libsql client.
  return (payload.db as unknown as SQLiteAdapter).client
}

async function rollbackQuietly(client: SQLiteAdapter['client'], cause: unknown): Promise<never> {
  try {
    await client.execute('ROLLBACK')
  } catch (rollbackError) {
    // The first error is what the person needs; the failed rollback is added to it.
    throw new AggregateError([cause, rollbackError], 'the load failed and its rollback failed too', { cause: rollbackError })
  }
  throw cause
}

/**
 * SQLite through libsql: the adapter reads and writes through one connection, so a transaction
 * begun on it with plain SQL covers every `payload.db` call made meanwhile in this process.
 */
export const sqliteSeam: CopySeam = {
  insertVersion: insertDrizzleVersion,

  async readSnapshot(payload, read) {
    const client = clientOf(payload)
    // A deferred transaction takes no lock; its first read fixes the WAL snapshot every later read
    // sees, while the app goes on writing (readers never block writers in WAL mode).
    await client.execute('BEGIN DEFERRED')
    try {
      await client.execute('SELECT count(*) FROM sqlite_master')
      return await read({})
    } finally {
      await client.execute('ROLLBACK')
    }
  },

  async loadAtOnce(payload, { wipe }, load) {
    const client = clientOf(payload)
    // Foreign keys off for the load (it can only change outside a transaction): rows may arrive in
    // any order, cycles included, and wiping fires no ON DELETE actions (SET NULL on a NOT NULL
    // column would fail). PRAGMA foreign_key_check below checks every reference before commit.
    const enforced = Number((await client.execute('PRAGMA foreign_keys')).rows[0]?.foreign_keys ?? 0) === 1
    await client.execute('PRAGMA foreign_keys = OFF')
    await client.execute('BEGIN IMMEDIATE')
    try {
      if (wipe) {
        const tables = await client.execute(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
        )
        for (const row of tables.rows) {
          const name = cell(row.name)
          if (!KEPT_TABLES.has(name)) await client.execute(`DELETE FROM "${name.replaceAll('"', '""')}"`)
        }
      }
      const result = await load({})
      const dangling = await client.execute('PRAGMA foreign_key_check')
      if (dangling.rows.length > 0) {
        const first = dangling.rows.slice(0, 5).map((row) => `${cell(row.table)} row ${cell(row.rowid)} → ${cell(row.parent)}`)
        throw new Error(`${dangling.rows.length} reference(s) point at missing rows (${first.join('; ')})`)
      }
      await client.execute('COMMIT')
      return result
    } catch (error) {
      return rollbackQuietly(client, error)
    } finally {
      if (enforced) await client.execute('PRAGMA foreign_keys = ON')
    }
  },
}
