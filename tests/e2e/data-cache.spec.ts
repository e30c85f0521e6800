import { type ChildProcess, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'

import { draftIssue, lexicalBody, publishThroughChain } from './api'
import { expect, test } from './test'

/**
 * Next.js keeps the reader pages' data cache on disk (.next/cache/fetch-cache), where it outlived the
 * database it was read from: a server started on another database (after `npm test`, a restore,
 * `npm run demo -- --fresh`) served the other database's home as its first page. Here a second
 * production server starts on a fresh demo database (E2E_PORT + 4) after the browser tests' server
 * cached a home with an issue only its own database holds.
 */
const port = Number(process.env.E2E_PORT || 3311) + 4
const other = `http://127.0.0.1:${port}`
const OTHER_DATABASE = './data/e2e-other.db'
const OTHER_MEDIA = 'data/e2e-other-media'

let server: ChildProcess | undefined

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  for (const suffix of ['', '-wal', '-shm']) rmSync(OTHER_DATABASE + suffix, { force: true })
  rmSync(OTHER_MEDIA, { recursive: true, force: true })
})

test('a server started on another database shows that database from its first page, not the data cache another one left', async ({ request }) => {
  test.setTimeout(300_000)
  const stamp = `dc${Date.now().toString(36)}`
  const { issue } = await draftIssue(request, { stamp, title: `数据缓存 ${stamp}`, headline: `数据缓存文章 ${stamp}`, body: lexicalBody(`数据缓存正文 ${stamp}`) })
  await publishThroughChain(request, issue.id)
  // The first server's home, and so its data cache, now holds the issue.
  await expect.poll(async () => (await (await request.get('/')).text()).includes(`issue-${stamp}`)).toBe(true)

  server = spawn('npx', ['tsx', 'scripts/demo.ts', '--fresh'], {
    env: { ...process.env, PORT: String(port), DATABASE_URI: `file:${OTHER_DATABASE}`, MEDIA_DIR: OTHER_MEDIA, ZHIKU_JOBS_AUTORUN: 'false' },
    stdio: 'ignore',
    detached: true,
  })
  // Waits on an API answer, so that the home below is the first reader page this server renders.
  for (const until = Date.now() + 280_000; ; ) {
    if (await fetch(`${other}/api/users/me`).then((response) => response.ok, () => false)) break
    if (Date.now() > until) throw new Error(`the server on ${OTHER_DATABASE} did not start on ${other}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const home = await fetch(`${other}/`)
  expect(home.status).toBe(200)
  const html = await home.text()
  expect(html).not.toContain(`issue-${stamp}`)
  // Its own database's newest issue: the demo issue.
  expect(html).toContain('中美人工智能治理标准的制度竞争')
})
