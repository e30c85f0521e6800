/**
 * The watch desk under load: 100 feeds × 30 reports on 5 loopback hosts (127.0.0.1–127.0.0.5, ports
 * 3600–3604 unless --port says otherwise), polled by the real command (`npm run watch -- --once --json`)
 * against a fresh SQLite file:
 *   1. first poll: new leads per second (want ≥ 50/s), peak RSS of the command;
 *   2. second poll of the unchanged feeds: seconds (want < 20 s), 0 new leads, every feed answered 304.
 * Traffic goes to loopback only.
 *
 *   npx tsx bench/watch.ts [--feeds 100] [--reports 30] [--hosts 5] [--port 3600] < /dev/null
 *
 * (stdin from /dev/null: run from a non-interactive shell with an open stdin it was seen to hang before migrating.)
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { rss, startFeedServer, staticFeed, type FeedServer } from '../tests/helpers/feed-server'
import { largestRss } from './lib-server'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const FEEDS = arg('--feeds', 100)
const REPORTS = arg('--reports', 30)
const HOSTS = arg('--hosts', 5)
const PORT = arg('--port', 3600)

type Result = { feed: number; url: string; status: string; created: number; error?: string }
type Run = { code: number | null; seconds: number; peakRss: number; results: Result[] | null; stderr: string }

const directory = mkdtempSync(path.join(os.tmpdir(), 'zhiku-bench-watch-'))
const database = path.join(directory, 'watch.db')
const env = {
  ...process.env,
  DATABASE_URI: `file:${database}`,
  PAYLOAD_SECRET: 'bench-watch',
  PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'fatal',
  ZHIKU_WATCH_ALLOW_HOSTS: '127.0.0.0/8',
}

/** `npm run watch -- --once --json` (scripts/watch.ts), its time and the peak RSS of its processes. */
function runWatch(): Promise<Run> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/watch.ts', '--once', '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let peakRss = 0
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, largestRss(child.pid!))), 200)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sampler)
      let results: Result[] | null = null
      try {
        results = (JSON.parse(stdout) as { results: Result[] }).results
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error
      }
      resolve({ code, seconds: (performance.now() - started) / 1000, peakRss, results, stderr })
    })
  })
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

async function seedFeeds(servers: FeedServer[]): Promise<void> {
  process.env.DATABASE_URI = env.DATABASE_URI
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  process.env.PAYLOAD_LOG_LEVEL = env.PAYLOAD_LOG_LEVEL
  process.env.ZHIKU_WATCH_ALLOW_HOSTS = env.ZHIKU_WATCH_ALLOW_HOSTS
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  const { openPayload } = await import('../scripts/lib/open-payload')
  const { SLUGS } = await import('../src/collection-slugs')
  const payload = await openPayload()
  console.log('database migrated; creating feeds')
  for (let feed = 0; feed < FEEDS; feed += 1) {
    const server = servers[feed % servers.length]!
    // The system sets up the benchmark's data; the poll itself runs as the command does.
    await payload.create({ collection: SLUGS.feeds, data: { url: server.url(`/feeds/${feed}.xml`), intervalMinutes: 60 }, overrideAccess: true })
  }
  await payload.destroy()
}

async function main() {
  const servers: FeedServer[] = []
  for (let host = 1; host <= HOSTS; host += 1) servers.push(await startFeedServer(`127.0.0.${host}`, PORT + host - 1))
  const date = new Date('2026-03-01T00:00:00Z')
  for (let feed = 0; feed < FEEDS; feed += 1) {
    const server = servers[feed % servers.length]!
    const items = Array.from({ length: REPORTS }, (_, index) => ({
      title: `Report ${index} of feed ${feed}: 人工智能治理与标准 &amp; more`,
      link: `${server.origin}/reports/${feed}/${index}?utm_source=rss&utm_medium=feed#top`,
      description: `<p>Summary of report ${index}, feed ${feed}. ${'Text of the summary. '.repeat(20)}</p>`,
      author: `Author ${index % 7}`,
      pubDate: new Date(date.getTime() - index * 3_600_000).toUTCString(),
    }))
    server.route(`/feeds/${feed}.xml`, staticFeed(rss(items, `Feed ${feed}`)))
  }
  const seeding = performance.now()
  await seedFeeds(servers)
  console.log(`${FEEDS} feeds × ${REPORTS} reports on ${servers.map((server) => server.origin).join(', ')}; database seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s (${database})`)

  const report = (name: string, run: Run) => {
    const results = run.results ?? []
    const created = results.reduce((sum, result) => sum + result.created, 0)
    const statuses = results.reduce<Record<string, number>>((counts, result) => ({ ...counts, [result.status]: (counts[result.status] ?? 0) + 1 }), {})
    const errors = results.filter((result) => result.error).slice(0, 3).map((result) => `${result.url}: ${result.error}`)
    console.log(
      `${name}: exit ${run.code}, ${run.seconds.toFixed(1)} s wall (start-up included), ${created} new leads = ${(created / run.seconds).toFixed(1)}/s, statuses ${JSON.stringify(statuses)}, peak RSS ${mb(run.peakRss)}`,
    )
    if (errors.length > 0) console.log(`  errors: ${errors.join(' | ')}`)
    if (!run.results) console.log(`  no JSON on stdout; stderr: ${run.stderr.slice(-2000)}`)
    return { created, statuses }
  }
  const first = await runWatch()
  const firstSummary = report('first poll', first)
  const requestsBefore = servers.map((server) => server.requests.length)
  const second = await runWatch()
  const secondSummary = report('second poll (unchanged feeds)', second)
  const conditional = servers.flatMap((server, index) => server.requests.slice(requestsBefore[index]))
  const withValidator = conditional.filter((request) => request.headers['if-none-match'] || request.headers['if-modified-since']).length
  console.log(`  second poll: ${conditional.length} requests, ${withValidator} conditional (If-None-Match / If-Modified-Since)`)
  const maxOpen = Math.max(...servers.map((server) => server.maxOpen()))
  console.log(`  most requests open at once on one host: ${maxOpen} (limit 2)`)

  const fails = [
    firstSummary.created !== FEEDS * REPORTS && `first poll created ${firstSummary.created}, not ${FEEDS * REPORTS}`,
    secondSummary.created !== 0 && `second poll created ${secondSummary.created}`,
    (secondSummary.statuses['not-modified'] ?? 0) !== FEEDS && 'not every feed answered 304 on the second poll',
    second.seconds >= 20 && `second poll took ${second.seconds.toFixed(1)} s`,
    maxOpen > 2 && `${maxOpen} requests at once on one host`,
  ].filter((fail): fail is string => !!fail)
  const rate = firstSummary.created / first.seconds
  console.log(`first-poll rate ${rate.toFixed(1)} leads/s (want ≥ 50) ${rate >= 50 ? 'OK' : 'LOW'}`)
  for (const server of servers) await server.close()
  rmSync(directory, { recursive: true, force: true })
  if (fails.length > 0) {
    console.log(`FAILED: ${fails.join('; ')}`)
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
