import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { MigrateDownArgs as PostgresDownArgs, MigrateUpArgs as PostgresUpArgs } from '@payloadcms/db-postgres'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { getPayload, type Migration, type Payload } from 'payload'

import { migrations } from '../../migrations'
import { migrations as postgresMigrationList } from '../../migrations/postgres'
import { DEFER_STARTUP_WORK, runStartupWork } from '../../services/startup'
import { type DatabaseKind, resolveDatabaseTarget, sqliteFilePath } from '../../src/database-uri'

/** Payload types migrations loosely (`args: unknown`); each SQL adapter calls them with its own args. */
const sqliteMigrations: Migration[] = migrations.map(({ name, up, down }) => ({
  name,
  up: (args) => up(args as MigrateUpArgs),
  down: (args) => down(args as MigrateDownArgs),
}))
const postgresMigrations: Migration[] = postgresMigrationList.map(({ name, up, down }) => ({
  name,
  up: (args) => up(args as PostgresUpArgs),
  down: (args) => down(args as PostgresDownArgs),
}))

/** The committed migrations of each SQL adapter (MongoDB needs none). */
const MIGRATIONS: Partial<Record<DatabaseKind, Migration[]>> = { sqlite: sqliteMigrations, postgres: postgresMigrations }

/**
 * Starts Payload for a script or a test and brings an SQLite or PostgreSQL database up to the committed
 * migrations (the app itself runs them through the adapter's prodMigrations on start).
 */
export async function openPayload(): Promise<Payload> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (target.kind === 'sqlite') mkdirSync(path.dirname(path.resolve(sqliteFilePath(target.uri))), { recursive: true })
  const { default: config } = await import('../../payload.config')
  // Start-up work needs the migrated schema, so it runs after the migrations here.
  process.env[DEFER_STARTUP_WORK] = '1'
  const payload = await getPayload({ config })
  delete process.env[DEFER_STARTUP_WORK]
  const committed = MIGRATIONS[target.kind]
  if (committed) await payload.db.migrate({ migrations: committed })
  await runStartupWork(payload)
  return payload
}
