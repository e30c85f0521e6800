import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { InstanceEventChannel } from './channel'
import { postgresNotify } from './postgres-notify'
import { sqliteChangeSequence } from './sqlite-change-sequence'

type Db = Payload['db']
const isSqlite = (db: Db): db is Db & SQLiteAdapter => db.name === 'sqlite'
const isPostgres = (db: Db): db is Db & PostgresAdapter => db.name === 'postgres'

const channels = new WeakMap<Payload, InstanceEventChannel | null>()

/**
 * The instance-event channel of the database Payload runs on, or null where there is none (MongoDB:
 * instances there converge by cache age, README "Several instances behind one address").
 */
export function instanceEventChannel(payload: Payload): InstanceEventChannel | null {
  let channel = channels.get(payload)
  if (channel === undefined) {
    channel = isSqlite(payload.db) ? sqliteChangeSequence(payload.db) : isPostgres(payload.db) ? postgresNotify(payload.db) : null
    channels.set(payload, channel)
  }
  return channel
}
