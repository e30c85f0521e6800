import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import type { CopySeam } from '../database-seam'
import { insertDrizzleVersion } from './drizzle-versions'

/** The migration history stays the target's own. */
const KEPT_TABLES = new Set(['payload_migrations'])

type Row = Record<string, unknown>
type Session = { adapter: DrizzleAdapter; id: string | number; req: Partial<PayloadRequest>; query: (text: string) => Promise<Row[]> }

function postgresAdapter(payload: Payload): DrizzleAdapter {
  if (payload.db.name !== 'postgres') throw new Error(`expected the PostgreSQL adapter, got ${payload.db.name}`)
  // Checked by name just above: @payloadcms/db-postgres is built on @payloadcms/drizzle.
  return payload.db as unknown as DrizzleAdapter
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')

/** A Payload transaction with the given options, and raw SQL on its connection. */
async function begin(payload: Payload, options: Record<string, unknown>): Promise<Session> {
  const adapter = postgresAdapter(payload)
  const id = await payload.db.beginTransaction(options)
  if (id === null) throw new Error('the PostgreSQL adapter did not open a transaction')
  const db = adapter.sessions[String(id)]?.db
  if (!db) throw new Error('the PostgreSQL transaction has no connection')
  const query = async (raw: string): Promise<Row[]> => {
    const result = (await adapter.execute({ db, raw })) as { rows?: Row[] }
    return result.rows ?? []
  }
  return { adapter, id, req: { transactionID: id }, query }
}

/**
 * PostgreSQL: the adapter draws connections from a pool, so everything runs in one Payload
 * transaction (`req.transactionID`) on one connection.
 */
export const postgresSeam: CopySeam = {
  insertVersion: insertDrizzleVersion,

  async readSnapshot(payload, read) {
    // REPEATABLE READ: every statement of the transaction sees the snapshot its first one took.
    const session = await begin(payload, { isolationLevel: 'repeatable read', accessMode: 'read only' })
    try {
      await session.query('SELECT 1')
      return await read(session.req)
    } finally {
      await payload.db.rollbackTransaction(session.id)
    }
  },

  async loadAtOnce(payload, { wipe }, load) {
    const session = await begin(payload, {})
    try {
      // Payload's foreign keys are not DEFERRABLE: drop them for the load and add them back before
      // commit, which checks every row (and fails the whole load on a dangling reference).
      const foreignKeys = await session.query(
        `SELECT conrelid::regclass::text AS "table", conname AS "name", pg_get_constraintdef(oid) AS "definition"
           FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
      )
      for (const key of foreignKeys) await session.query(`ALTER TABLE ${text(key.table)} DROP CONSTRAINT ${ident(text(key.name))}`)
      if (wipe) {
        const tables = (await session.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`))
          .map((row) => text(row.tablename))
          .filter((name) => !KEPT_TABLES.has(name))
        if (tables.length > 0) await session.query(`TRUNCATE ${tables.map(ident).join(', ')} RESTART IDENTITY`)
      }
      const result = await load(session.req)
      for (const key of foreignKeys) await session.query(`ALTER TABLE ${text(key.table)} ADD CONSTRAINT ${ident(text(key.name))} ${text(key.definition)}`)
      // New records must get ids past the loaded ones.
      const serials = await session.query(
        `SELECT table_name AS "table", column_name AS "column", pg_get_serial_sequence(quote_ident(table_name), column_name) AS "sequence"
           FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
      )
      for (const serial of serials) {
        if (!text(serial.sequence)) continue
        await session.query(
          `SELECT setval('${text(serial.sequence).replaceAll("'", "''")}', COALESCE((SELECT MAX(${ident(text(serial.column))}) FROM ${ident(text(serial.table))}), 0) + 1, false)`,
        )
      }
      await payload.db.commitTransaction(session.id)
      return result
    } catch (error) {
      await payload.db.rollbackTransaction(session.id)
      throw error
    }
  },
}
