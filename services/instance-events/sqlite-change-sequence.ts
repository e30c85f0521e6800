import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import { inWriteTurn } from '../database/sqlite-transactions-in-turn'
import { transactionConnection } from '../database/transaction-connection'
import { type ChannelHandlers, type InstanceEventChannel, parseAnnouncement } from './channel'

/**
 * SQLite has no notifications between processes, so each announcement is a row in a small change
 * sequence that every instance polls (`seq > last seen`, on the integer primary key: one B-tree
 * step when nothing changed). Rows older than an hour are pruned.
 *
 * The table is the channel's own, created here (`IF NOT EXISTS`), not a Payload collection: it holds
 * no content, is never copied or backed up as such, and a database without it gets it on first use.
 */
export const EVENTS_TABLE = 'zhiku_instance_events'
const CREATE = `CREATE TABLE IF NOT EXISTS ${EVENTS_TABLE} (seq INTEGER PRIMARY KEY AUTOINCREMENT, tags TEXT NOT NULL, created_at INTEGER NOT NULL)`

export const POLL_MS = 150
const MAX_BACKOFF_MS = 2000
const KEEP_MS = 60 * 60 * 1000
const PRUNE_EVERY_MS = 60 * 1000
const BATCH = 500

type Row = { seq: number; tags: string }

export function sqliteChangeSequence(adapter: SQLiteAdapter): InstanceEventChannel {
  let created = false
  /** Creates the table on first use: in the caller's transaction when there is one, else in a turn of its own. */
  const ensureTable = async (session?: { run: (query: ReturnType<typeof sql>) => unknown }) => {
    if (created) return
    if (session) await session.run(sql.raw(CREATE))
    else await inWriteTurn(adapter, () => adapter.client.execute(CREATE))
    created = true
  }

  return {
    kind: 'sqlite change sequence',

    async announce(tags, req?: PayloadRequest) {
      if (tags.length === 0) return
      // The same connection as the request's transaction: the row commits (or rolls back) with the write.
      const session = await transactionConnection(adapter, req)
      const db = session ?? adapter.drizzle
      if (!('run' in db)) throw new Error('not an SQLite connection')
      await ensureTable(session ? db : undefined)
      const insert = async (): Promise<void> => {
        await db.run(sql`INSERT INTO ${sql.raw(EVENTS_TABLE)} (tags, created_at) VALUES (${JSON.stringify(tags)}, ${Date.now()})`)
      }
      // Outside a transaction the row is a write of its own, taking its turn with the others.
      await (session ? insert() : inWriteTurn(adapter, insert))
    },

    listen({ onTags, onState }: ChannelHandlers) {
      let stopped = false
      let cursor: number | null = null
      let down: string | null = null
      let delay = POLL_MS
      let lastPrune = 0
      let timer: NodeJS.Timeout | undefined
      let running: Promise<void> = Promise.resolve()

      const newest = async () => Number((await adapter.client.execute(`SELECT COALESCE(MAX(seq), 0) AS seq FROM ${EVENTS_TABLE}`)).rows[0]?.seq ?? 0)

      const poll = async () => {
        await ensureTable()
        if (cursor === null) cursor = await newest()
        for (;;) {
          const { rows } = await adapter.client.execute({ sql: `SELECT seq, tags FROM ${EVENTS_TABLE} WHERE seq > ? ORDER BY seq LIMIT ${BATCH}`, args: [cursor] })
          const found = rows as unknown as Row[]
          if (found.length === 0) break
          const tags = new Set<string>()
          for (const row of found) for (const tag of parseAnnouncement(String(row.tags)) ?? []) tags.add(tag)
          cursor = Number(found[found.length - 1]!.seq)
          onTags([...tags])
          if (found.length < BATCH) break
        }
        // The sequence went backwards (the table was recreated, or the database replaced): start over from its end.
        const last = await newest()
        if (last < cursor) {
          cursor = last
          throw new Error('the change sequence restarted')
        }
        if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
          lastPrune = Date.now()
          await inWriteTurn(adapter, () => adapter.client.execute({ sql: `DELETE FROM ${EVENTS_TABLE} WHERE created_at < ?`, args: [Date.now() - KEEP_MS] }))
        }
      }

      const tick = () => {
        running = poll().then(
          () => {
            if (down !== null) {
              down = null
              onState('up')
            }
            delay = POLL_MS
          },
          (error: unknown) => {
            const detail = error instanceof Error ? error.message : String(error)
            // Next time, make sure the table is there again (a database restored without it).
            created = false
            if (down === null) {
              down = detail
              onState('down', detail)
            }
            delay = Math.min(MAX_BACKOFF_MS, delay * 2)
          },
        )
        void running.then(() => {
          if (!stopped) timer = setTimeout(tick, delay)
        })
      }
      tick()
      return async () => {
        stopped = true
        clearTimeout(timer)
        await running
      }
    },
  }
}
