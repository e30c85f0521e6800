import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { resolveDatabaseTarget, sqliteFilePath } from '../../src/database-uri'

/**
 * Starts Payload for a script or a test and brings an SQLite database up to the committed
 * migrations in migrations/ (the app itself runs them through the adapter's prodMigrations).
 */
export async function openPayload(): Promise<Payload> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (target.kind === 'sqlite') mkdirSync(path.dirname(path.resolve(sqliteFilePath(target.uri))), { recursive: true })
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  if (target.kind === 'sqlite') await payload.db.migrate()
  return payload
}
