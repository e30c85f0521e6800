import { type ChildProcess, spawn } from 'node:child_process'

import { createClient } from '@libsql/client'

import { EVENTS_TABLE } from '../../services/instance-events/sqlite-change-sequence'
import { draftIssue, lexicalBody, publishThroughChain } from './api'
import { expect, test } from './test'

/**
 * Two instances behind one address: a second production server on the browser tests' database
 * (E2E_PORT + 3), next to the one Playwright started. A publish through the first must be on the
 * second's home, archive, feed and sitemap within a second — through the instance-event channel,
 * since the second has those pages cached. SQLite only: the PostgreSQL channel is measured by
 * bench/instances.ts on two servers, and tested in tests/int/instance-events.test.ts.
 */
const port = Number(process.env.E2E_PORT || 3311) + 3
const second = `http://127.0.0.1:${port}`
// The browser tests' own SQLite file (playwright.config.ts leaves this spec out on MongoDB).
const database = 'file:./data/e2e.db'
const REVALIDATE_SECRET = process.env.ZHIKU_REVALIDATE_SECRET ?? 'e2e-revalidate-secret-0123456789abcdef'
const PAGES = ['/', '/issues', '/feed.xml', '/sitemaps/issues-1.xml']

let server: ChildProcess | undefined

test.beforeAll(async () => {
  test.setTimeout(300_000)
  server = spawn('npx', ['tsx', 'scripts/demo.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URI: database, MEDIA_DIR: 'data/e2e-media', ZHIKU_JOBS_AUTORUN: 'false', ZHIKU_REVALIDATE_SECRET: REVALIDATE_SECRET },
    stdio: 'ignore',
    detached: true,
  })
  for (const until = Date.now() + 280_000; ; ) {
    if (await fetch(`${second}/`).then((response) => response.ok, () => false)) break
    if (Date.now() > until) throw new Error(`the second instance did not start on ${second}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
})

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
})

const text = async (path: string) => (await fetch(`${second}${path}`)).text()

/** Has every page of the second instance cached now (rendered just now, so age alone keeps it ~5 s). */
async function cacheOnSecond() {
  const response = await fetch(`${second}/api/site/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${REVALIDATE_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: ['home', 'archive', 'feeds', 'sitemap'] }),
  })
  expect(response.status).toBe(200)
  // The revalidation is announced to every instance, this one included: let its echo pass before caching.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  for (const path of PAGES) await text(path)
  for (const path of PAGES) expect((await fetch(`${second}${path}`)).headers.get('x-zhiku-cache'), path).toMatch(/^(hit|stale)$/)
}

/** How long after `since` every page of the second instance shows `needle` (polling every 20 ms). */
async function visibleOnSecond(needle: string, since: number, timeoutMs: number): Promise<number> {
  for (;;) {
    const shown = await Promise.all(PAGES.map(async (path) => (await text(path)).includes(needle)))
    if (shown.every(Boolean)) return Date.now() - since
    if (Date.now() - since > timeoutMs) throw new Error(`${needle} not on ${PAGES.filter((_, index) => !shown[index]).join(', ')} of the second instance after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function publishOnFirst(request: Parameters<typeof draftIssue>[0], stamp: string): Promise<number> {
  const { issue } = await draftIssue(request, { stamp, title: `多实例 ${stamp}`, headline: `多实例文章 ${stamp}`, body: lexicalBody(`多实例正文 ${stamp}`) })
  await cacheOnSecond()
  await publishThroughChain(request, issue.id)
  return Date.now()
}

test('a publish through one instance is on the other instance’s cached home, archive, feed and sitemap within a second', async ({ request }) => {
  const stamp = `inst${Date.now().toString(36)}`
  const published = await publishOnFirst(request, stamp)
  expect(await visibleOnSecond(`issue-${stamp}`, published, 1000)).toBeLessThan(1000)
})

test('with the channel down the other instance converges by cache age, and in step again once it is back', async ({ request }) => {
  test.setTimeout(120_000)
  const db = createClient({ url: database })
  try {
    // The change sequence is replaced by a table that is not one: every instance's channel goes down.
    await db.execute(`ALTER TABLE ${EVENTS_TABLE} RENAME TO ${EVENTS_TABLE}_away`)
    await db.execute(`CREATE TABLE ${EVENTS_TABLE} (unrelated TEXT)`)
    const down = `down${Date.now().toString(36)}`
    const published = await publishOnFirst(request, down)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await text('/'), 'no event reached the second instance').not.toContain(`issue-${down}`)
    // Fresh for 5 s, then served stale while rendered again: within about 10 s by age alone.
    expect(await visibleOnSecond(`issue-${down}`, published, 15_000)).toBeGreaterThan(1500)
  } finally {
    await db.execute(`DROP TABLE IF EXISTS ${EVENTS_TABLE}`)
    await db.execute(`ALTER TABLE ${EVENTS_TABLE}_away RENAME TO ${EVENTS_TABLE}`)
    db.close()
  }
  // Back by itself (polls back off to 2 s at most): the next publish is in step again.
  await new Promise((resolve) => setTimeout(resolve, 2500))
  const back = `back${Date.now().toString(36)}`
  const published = await publishOnFirst(request, back)
  expect(await visibleOnSecond(`issue-${back}`, published, 1000)).toBeLessThan(1000)
})
