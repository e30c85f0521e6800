import type { Payload } from 'payload'

import { isPostgres, isSqlite } from '../database/adapter-kind'
import type { InstanceEventChannel } from './channel'
import { postgresNotify } from './postgres-notify'
import { sqliteChangeSequence } from './sqlite-change-sequence'

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
