import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ChannelState } from '../../services/instance-events/channel'
import { instanceEventChannel } from '../../services/instance-events/for-adapter'
import { LISTENER_NAME } from '../../services/instance-events/postgres-notify'
import { EVENTS_TABLE } from '../../services/instance-events/sqlite-change-sequence'
import { readerTag } from '../../src/site/reader-cache-tags'
import { getTestPayload } from '../helpers/payload'
import { advanceTo, createCrew, createDraftIssue, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew
const heard: string[][] = []
const states: ChannelState[] = []
let stop: () => Promise<void>

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
  const channel = instanceEventChannel(payload)
  if (!channel) throw new Error(`no instance-event channel on ${payload.db.name}`)
  stop = channel.listen({ onTags: (tags) => heard.push(tags), onState: (state) => states.push(state) })
})
afterAll(async () => stop())

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 1000): Promise<{ value: T; ms: number }> {
  const started = Date.now()
  for (;;) {
    const value = probe()
    if (value !== undefined) return { value, ms: Date.now() - started }
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: nothing within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const heardTag = (tag: string) => () => heard.find((tags) => tags.includes(tag))

/** Raw SQL on the database, as another process (or an operator) would run it. */
const sqlite = (statement: string) => (payload.db as unknown as SQLiteAdapter).client.execute(statement)
const postgres = (statement: string) => (payload.db as unknown as PostgresAdapter).pool.query(statement)

const waitForState = (state: ChannelState, timeoutMs = 8000) => until(state, () => (states.includes(state) ? true : undefined), timeoutMs)

/** Each adapter's real way of losing its channel, and of getting it back. */
const outages: Record<string, () => Promise<void>> = {
  async sqlite() {
    await sqlite(`ALTER TABLE ${EVENTS_TABLE} RENAME TO ${EVENTS_TABLE}_away`)
    // What the channel finds instead is not a change sequence: polls fail, the channel is down.
    await sqlite(`CREATE TABLE ${EVENTS_TABLE} (unrelated TEXT)`)
    await waitForState('down')
    // An announcement now fails (announceReaderTags logs it; the write that made it goes on).
    await expect(instanceEventChannel(payload)!.announce(['test:lost'])).rejects.toThrow()
    await sqlite(`DROP TABLE ${EVENTS_TABLE}`)
    await sqlite(`ALTER TABLE ${EVENTS_TABLE}_away RENAME TO ${EVENTS_TABLE}`)
    await waitForState('up')
    // A sequence that restarts (table dropped, database replaced) is noticed and followed from its new end.
    states.length = 0
    await sqlite(`DROP TABLE ${EVENTS_TABLE}`)
    await waitForState('down')
    await waitForState('up')
  },
  async postgres() {
    // The listening connection is killed (a restart, a failover, an idle-connection reaper).
    const killed = await postgres(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${LISTENER_NAME}' AND datname = current_database()`)
    expect(killed.rowCount).toBeGreaterThan(0)
    await waitForState('down')
    await waitForState('up')
  },
}

describe('instances in step by event', () => {
  it('a publish is heard by listeners within a second, with the tags of the pages it changes', async () => {
    const draft = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, draft.issue, 'published')
    const { value, ms } = await until('the publish', heardTag(readerTag.issue(draft.issue.slug)))
    expect(ms).toBeLessThan(1000)
    expect(value).toEqual(expect.arrayContaining([readerTag.home, readerTag.archive, readerTag.feeds, readerTag.sitemap, readerTag.article(draft.articles[0]!.slug)]))
  }, 120_000) // the review chain itself takes seconds on a loaded machine; the second is measured from its end

  it('announcements from other connections are heard, however many tags they carry', async () => {
    const channel = instanceEventChannel(payload)!
    await Promise.all(['a', 'b', 'c'].map((name) => channel.announce([`test:${name}`])))
    // More than one NOTIFY payload holds (8000 bytes on PostgreSQL).
    const many = Array.from({ length: 1500 }, (_, index) => `issue:many-${index}-${'x'.repeat(20)}`)
    await channel.announce(many)
    await until('the announcements', heardTag(many.at(-1)!))
    for (const tag of ['test:a', 'test:b', 'test:c', many[0]!, many[700]!]) expect(heard.flat()).toContain(tag)
  })

  it('a malformed announcement written by something else is skipped, and the channel carries on', async () => {
    const { NOTIFY_CHANNEL } = await import('../../services/instance-events/postgres-notify')
    if (payload.db.name === 'postgres') {
      for (const junk of ['not json', '{"tags":1}', '[1,2]']) await postgres(`SELECT pg_notify('${NOTIFY_CHANNEL}', '${junk}')`)
    } else {
      for (const junk of ['not json', '{"tags":1}', '[1,2]']) await sqlite(`INSERT INTO ${EVENTS_TABLE} (tags, created_at) VALUES ('${junk}', 0)`)
    }
    await instanceEventChannel(payload)!.announce(['test:after-junk'])
    await until('an announcement after junk', heardTag('test:after-junk'))
    expect(states).not.toContain('down')
  })

  it('an announcement inside a transaction is heard when it commits, and never when it rolls back', async () => {
    const channel = instanceEventChannel(payload)!
    type Req = Parameters<typeof channel.announce>[1]
    // One transaction after the other: SQLite's writers take turns within a process.
    const rolledBackId = await payload.db.beginTransaction()
    if (!rolledBackId) {
      // An adapter without transactions (MongoDB outside a replica set): every write is its own commit.
      await channel.announce(['test:autocommit'])
      await until('an announcement without a transaction', heardTag('test:autocommit'))
      return
    }
    await channel.announce(['test:rolled-back'], { transactionID: rolledBackId } as Req)
    await new Promise((resolve) => setTimeout(resolve, 500))
    await payload.db.rollbackTransaction(rolledBackId)
    const committedId = (await payload.db.beginTransaction())!
    await channel.announce(['test:committed'], { transactionID: committedId } as Req)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(heard.flat()).not.toContain('test:committed')
    await payload.db.commitTransaction(committedId)
    await until('the committed announcement', heardTag('test:committed'))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(heard.flat()).not.toContain('test:rolled-back')
  })

  it('goes down when its channel is lost, comes back by itself (saying so, so every page is expired once) and carries announcements again', async () => {
    states.length = 0
    const outage = outages[payload.db.name]
    if (!outage) throw new Error(`no outage for ${payload.db.name}`)
    await outage()
    await instanceEventChannel(payload)!.announce(['test:after'])
    await until('an announcement after coming back', heardTag('test:after'))
  })
})
