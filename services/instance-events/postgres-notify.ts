import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import pg from 'pg'

import { transactionConnection } from '../database/transaction-connection'
import { type ChannelHandlers, type InstanceEventChannel, parseAnnouncement } from './channel'

/** The PostgreSQL channel every instance LISTENs on. */
export const NOTIFY_CHANNEL = 'zhiku_instance_events'
/** application_name of the listening connections (seen in pg_stat_activity). */
export const LISTENER_NAME = 'zhiku-instance-events'

/** NOTIFY payloads must stay under 8000 bytes: tags go out in batches below that. */
const MAX_PAYLOAD_BYTES = 7000
const MIN_RETRY_MS = 250
const MAX_RETRY_MS = 5000
const HEARTBEAT_MS = 5000

export function payloadBatches(tags: readonly string[]): string[] {
  const batches: string[] = []
  let batch: string[] = []
  let bytes = 2
  for (const tag of tags) {
    const size = Buffer.byteLength(JSON.stringify(tag)) + 1
    if (batch.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      batches.push(JSON.stringify(batch))
      batch = []
      bytes = 2
    }
    batch.push(tag)
    bytes += size
  }
  if (batch.length > 0) batches.push(JSON.stringify(batch))
  return batches
}

/**
 * PostgreSQL's LISTEN/NOTIFY: an announcement is `pg_notify` on the request's transaction (delivered
 * when it commits, dropped when it rolls back); each instance holds one dedicated connection that
 * LISTENs (outside Payload's pool, which hands connections around). A lost connection is reopened
 * with backoff; notifications sent meanwhile are lost, which is why coming back is reported as such.
 */
export function postgresNotify(adapter: PostgresAdapter): InstanceEventChannel {
  return {
    kind: 'postgres LISTEN/NOTIFY',

    async announce(tags, req?: PayloadRequest) {
      if (tags.length === 0) return
      const session = await transactionConnection(adapter, req)
      const db = session ?? adapter.drizzle
      if (!('execute' in db)) throw new Error('not a PostgreSQL connection')
      for (const batch of payloadBatches(tags)) await db.execute(sql`SELECT pg_notify(${NOTIFY_CHANNEL}, ${batch})`)
    },

    listen({ onTags, onState }: ChannelHandlers) {
      let stopped = false
      let client: pg.Client | null = null
      let down: string | null = null
      let retry = MIN_RETRY_MS
      let timer: NodeJS.Timeout | undefined
      let heartbeat: NodeJS.Timeout | undefined

      const lost = (error: unknown) => {
        const current = client
        client = null
        clearInterval(heartbeat)
        current?.removeAllListeners()
        current?.on('error', () => undefined) // a late error from the connection being dropped
        void current?.end().catch(() => undefined)
        if (stopped) return
        const detail = error instanceof Error ? error.message : String(error)
        if (down === null) {
          down = detail
          onState('down', detail)
        }
        timer = setTimeout(connect, retry)
        retry = Math.min(MAX_RETRY_MS, retry * 2)
      }

      const connect = () => {
        const next = new pg.Client({ ...adapter.poolOptions, application_name: LISTENER_NAME, keepAlive: true })
        client = next
        next.on('error', lost)
        next.on('end', () => lost(new Error('the listening connection closed')))
        next.on('notification', (message) => {
          if (message.channel !== NOTIFY_CHANNEL || !message.payload) return
          const tags = parseAnnouncement(message.payload)
          if (tags) onTags(tags)
        })
        next
          .connect()
          .then(() => next.query(`LISTEN ${NOTIFY_CHANNEL}`))
          .then(() => {
            if (client !== next) return
            retry = MIN_RETRY_MS
            // A connection cut without a word (a dead network) is found by a query failing.
            heartbeat = setInterval(() => void next.query('SELECT 1').catch(lost), HEARTBEAT_MS)
            if (down !== null) {
              down = null
              onState('up')
            }
          })
          .catch((error: unknown) => {
            if (client === next) lost(error)
          })
      }
      connect()
      return async () => {
        stopped = true
        clearTimeout(timer)
        clearInterval(heartbeat)
        const current = client
        client = null
        current?.removeAllListeners()
        current?.on('error', () => undefined)
        await current?.end().catch(() => undefined)
      }
    },
  }
}
