import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Db = Payload['db']

/** Which SQL adapter Payload runs on, for the few steps that speak to the database in its own terms. */
export const isSqlite = (db: Db): db is Db & SQLiteAdapter => db.name === 'sqlite'
export const isPostgres = (db: Db): db is Db & PostgresAdapter => db.name === 'postgres'
