import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ChannelState } from '../../services/instance-events/channel'
import { instanceEventChannel } from '../../services/instance-events/for-adapter'
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

/** Raw SQL on the database file, as another process (or an operator) would run it. */
const exec = (statement: string) => (payload.db as unknown as SQLiteAdapter).client.execute(statement)

describe('instances in step by event', () => {
  it('a publish is heard by listeners within a second, with the tags of the pages it changes', async () => {
    const draft = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, draft.issue, 'published')
    const { value, ms } = await until('the publish', heardTag(readerTag.issue(draft.issue.slug)))
    expect(ms).toBeLessThan(1000)
    expect(value).toEqual(expect.arrayContaining([readerTag.home, readerTag.archive, readerTag.feeds, readerTag.sitemap, readerTag.article(draft.articles[0]!.slug)]))
  })

  it('an announcement from another connection (a script, another instance) is heard; many at once arrive together', async () => {
    const channel = instanceEventChannel(payload)!
    await Promise.all(['a', 'b', 'c'].map((name) => channel.announce([`test:${name}`])))
    await until('three announcements', heardTag('test:c'))
    expect(heard.flat()).toEqual(expect.arrayContaining(['test:a', 'test:b', 'test:c']))
  })

  it('goes down when the change sequence cannot be read, and comes back by itself (then says so, so every page is expired once)', async () => {
    states.length = 0
    await exec(`ALTER TABLE ${EVENTS_TABLE} RENAME TO ${EVENTS_TABLE}_away`)
    // What the channel finds instead is not a change sequence: polls fail, the channel is down.
    await exec(`CREATE TABLE ${EVENTS_TABLE} (unrelated TEXT)`)
    await until('down', () => (states.includes('down') ? true : undefined), 3000)
    // An announcement now fails without throwing at the caller's write (announceReaderTags logs it).
    await expect(instanceEventChannel(payload)!.announce(['test:lost'])).rejects.toThrow()
    await exec(`DROP TABLE ${EVENTS_TABLE}`)
    await exec(`ALTER TABLE ${EVENTS_TABLE}_away RENAME TO ${EVENTS_TABLE}`)
    await until('back up', () => (states.includes('up') ? true : undefined), 5000)
    await instanceEventChannel(payload)!.announce(['test:after'])
    await until('an announcement after coming back', heardTag('test:after'))
  })

  it('a sequence that restarts (table dropped, database replaced) is noticed and followed from its new end', async () => {
    states.length = 0
    await exec(`DROP TABLE ${EVENTS_TABLE}`)
    await until('recovery after the restart', () => (states.includes('up') ? true : undefined), 5000)
    await instanceEventChannel(payload)!.announce(['test:restarted'])
    await until('an announcement on the new sequence', heardTag('test:restarted'))
  })
})
