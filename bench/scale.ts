/**
 * Reader pages at archive scale, in one run:
 *   1. generates N varied issues (tests/helpers/issue-generator.ts: 1–6 sections, known and unknown
 *      think tanks, several years) and imports them with `npm run import -- --archive` (the real
 *      importer, one process) into a fresh SQLite file: the import rate;
 *   2. starts the production server on it (`npm run demo`: the custom server with the reader cache);
 *   3. per page family — home, archive, issue, article, think tank, topic, search (common and rare
 *      word), feeds, sitemap — p50/p95 of cold requests (nothing cached: a page not asked for yet, or
 *      its tag expired through /api/site/revalidate just before) and of warm ones, and the largest
 *      search page; 4. the server process's memory (scripts/server.ts's Node.js process, not the npm/tsx
 *      wrappers): resident after start-up, the kernel's peak (VmHWM) and the heap/external split that the
 *      server writes to ZHIKU_MEMORY_REPORT.
 *
 *   npx tsx bench/scale.ts [--issues 1000] [--database sqlite|postgres|sqlite,postgres] [--samples 20] [--keep] [--import-only]
 *   (--database: one adapter, or several run one after the other and printed side by side; postgres runs on
 *   a throwaway cluster (scripts/lib/postgres-cluster.ts). --keep reuses the imported SQLite file;
 *   --import-only stops after step 1 and prints the import's peak RSS)
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { startPostgresCluster } from '../scripts/lib/postgres-cluster'
import { generateIssue } from '../tests/helpers/issue-generator'
import { largestRss, percentile, processMemory, serverPid, startDemoServer, stopServer, waitFor } from './lib-server'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const ISSUES = arg('--issues', 1000)
const SAMPLES = arg('--samples', 20)
const PORT = arg('--port', 3398)
const APP = `http://127.0.0.1:${PORT}`
const DB = path.resolve('data', `bench-scale-${ISSUES}.db`)
const DATABASES = (process.argv.includes('--database') ? process.argv[process.argv.indexOf('--database') + 1]! : 'sqlite').split(',')
for (const kind of DATABASES) if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`--database takes sqlite, postgres or both comma-separated (got ${kind})`)
const SECRET = 'bench-scale-revalidate-secret-0123456789'

async function importIssues(databaseUri: string): Promise<{ seconds: number; imported: number; cpuSeconds: number; peakRss: number }> {
  const dir = path.join(os.tmpdir(), `zhiku-scale-${ISSUES}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (let index = 0; index < ISSUES; index += 1) {
    const issue = generateIssue(index + 1)
    writeFileSync(path.join(dir, `${String(index + 1).padStart(5, '0')}-${issue.filename}`), issue.text)
  }
  if (databaseUri.startsWith('file:')) for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true })
  const started = performance.now()
  const cpuBefore = childrenCpuSeconds()
  let peakRss = 0
  let output = ''
  // The folder, not its files: npx runs the command through a shell, whose one command string may not exceed 128 KB.
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npx', ['tsx', '--expose-gc', 'scripts/import.ts', '--archive', '--json', dir], {
      env: { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_LOG_LEVEL: 'fatal' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const watch = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, largestRss(child.pid))
    }, 500)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('exit', (exit) => {
      clearInterval(watch)
      resolve(exit ?? 1)
    })
  })
  const seconds = (performance.now() - started) / 1000
  const imported = importedCount(output)
  if (code !== 0) console.warn(`the import exited with ${code}: ${ISSUES - imported} of ${ISSUES} files were not imported`)
  console.log(`import peak RSS (largest process): ${(peakRss / 1024 / 1024).toFixed(0)} MB; load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`)
  return { seconds, imported, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRss }
}

/** How many files the import's JSON report says it imported (0 when it printed none). */
function importedCount(json: string): number {
  try {
    const report = JSON.parse(json) as { files?: { issue?: unknown }[] }
    return (report.files ?? []).filter((file) => file.issue).length
  } catch {
    return 0
  }
}

/** CPU seconds (user + system) of this process's finished children (the import command): the load-independent cost. */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  // cutime and cstime: fields 16 and 17 of /proc/<pid>/stat, in clock ticks (100 per second).
  return (Number(fields[13]) + Number(fields[14])) / 100
}

async function get(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const start = performance.now()
  const response = await fetch(`${APP}${url}`)
  const body = await response.arrayBuffer()
  return { ms: performance.now() - start, bytes: body.byteLength, status: response.status }
}

async function expire(tags: string[]) {
  const response = await fetch(`${APP}/api/site/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`revalidate: ${response.status} ${await response.text()}`)
}

type Family = { name: string; urls: string[]; tag?: (url: string) => string[] }

async function measure(family: Family) {
  const cold: number[] = []
  const warm: number[] = []
  let largest = 0
  let failures = 0
  for (let i = 0; i < SAMPLES; i += 1) {
    const url = family.urls[i % family.urls.length]!
    if (family.tag) await expire(family.tag(url))
    const first = await get(url)
    cold.push(first.ms)
    largest = Math.max(largest, first.bytes)
    if (first.status !== 200) {
      failures += 1
      console.log(`  non-200: ${first.status} ${url}`)
    }
  }
  // Warm means asked for before: the cold samples' tag expiries (one tag for a whole family, such as
  // `sitemap`) leave all but the last page uncached, so one unmeasured pass comes first.
  const warmUrls = family.urls.slice(0, SAMPLES)
  for (const url of warmUrls) await get(url)
  for (let round = 0; round < 5; round += 1) {
    for (const url of warmUrls) warm.push((await get(url)).ms)
  }
  return { cold, warm, largest, failures }
}

async function sampleUrls() {
  const json = async <T>(url: string) => (await (await fetch(`${APP}${url}`)).json()) as T
  const releases = await json<{ docs: { slug: string; articleSlugs: string[]; thinkTankSlugs: string[]; topics: string[] }[] }>(
    `/api/releases?limit=${SAMPLES * 3}&where[latest][equals]=true&select[slug]=true&select[articleSlugs]=true&select[thinkTankSlugs]=true&select[topics]=true&sort=-number`,
  )
  // Imported issues carry no topics; the demo issue's sections do.
  const withTopics = await json<typeof releases>(`/api/releases?limit=${SAMPLES}&where[latest][equals]=true&where[topics][exists]=true&select[topics]=true`)
  const docs = releases.docs
  const unique = (values: string[]) => [...new Set(values)]
  return {
    issues: docs.map((doc) => `/issues/${doc.slug}`),
    articles: unique(docs.flatMap((doc) => doc.articleSlugs)).map((slug) => `/articles/${slug}`),
    thinkTanks: unique(docs.flatMap((doc) => doc.thinkTankSlugs)).map((slug) => `/think-tanks/${slug}`),
    topics: unique([...docs, ...withTopics.docs].flatMap((doc) => doc.topics ?? [])).map((topic) => `/topics/${encodeURIComponent(topic)}`),
  }
}

type Summary = {
  importRate: string
  importCpu: string
  importRss: number
  /** Family name → [cold p95, warm p95] in ms. */
  families: Map<string, [number, number]>
  peakRss: number
}

async function runOn(kind: string, databaseUri: string): Promise<Summary> {
  const summary: Summary = { importRate: 'skipped (--keep)', importCpu: '–', importRss: Number.NaN, families: new Map(), peakRss: Number.NaN }
  if (kind !== 'sqlite' || !process.argv.includes('--keep') || !existsSync(DB)) {
    console.log(`[${kind}] importing ${ISSUES} generated issues with --archive…`)
    const { seconds, imported, cpuSeconds, peakRss } = await importIssues(databaseUri)
    summary.importRss = peakRss
    if (imported === 0) throw new Error(`[${kind}] the import wrote no issue: nothing to measure`)
    summary.importRate = `${(imported / seconds).toFixed(1)}/s`
    summary.importCpu = `${((cpuSeconds * 1000) / imported).toFixed(0)} ms`
    console.log(`[${kind}] import: ${imported} issues in ${seconds.toFixed(1)} s = ${(imported / seconds).toFixed(1)} issues/s; ${cpuSeconds.toFixed(0)} CPU s = ${((cpuSeconds * 1000) / imported).toFixed(0)} ms CPU per issue`)
  }
  if (process.argv.includes('--import-only')) return summary
  const memoryReport = path.join(os.tmpdir(), `zhiku-scale-memory-${process.pid}.json`)
  rmSync(memoryReport, { force: true })
  const server = startDemoServer({
    PORT: String(PORT),
    DATABASE_URI: databaseUri,
    MEDIA_DIR: 'data/bench-media',
    PAYLOAD_LOG_LEVEL: 'error',
    ZHIKU_REVALIDATE_SECRET: SECRET,
    ZHIKU_JOBS_AUTORUN: 'false',
    ZHIKU_MEMORY_REPORT: memoryReport,
  })
  type HeapReport = Record<'rss' | 'heapTotal' | 'heapUsed' | 'external' | 'arrayBuffers', number>
  const heapPeak: Partial<HeapReport> = {}
  const watch = setInterval(() => {
    if (!existsSync(memoryReport)) return
    const text = readFileSync(memoryReport, 'utf8')
    if (!text) return
    const report = JSON.parse(text) as HeapReport
    for (const key of Object.keys(report) as (keyof HeapReport)[]) heapPeak[key] = Math.max(heapPeak[key] ?? 0, report[key])
  }, 250)
  const mb = (bytes: number | undefined) => `${((bytes ?? 0) / 1024 / 1024).toFixed(0)} MB`
  try {
    await waitFor(`${APP}/`, 900_000)
    const pid = server.pid ? serverPid(server.pid) : null
    if (!pid) throw new Error('no scripts/server.ts process under the demo command')
    const started = processMemory(pid)
    const urls = await sampleUrls()
    const pages = (count: number, make: (page: number) => string) => Array.from({ length: count }, (_, index) => make(index + 1))
    const families: Family[] = [
      { name: 'home', urls: ['/'], tag: () => ['home'] },
      { name: 'archive', urls: pages(SAMPLES, (page) => `/issues?page=${page}`) },
      { name: 'issue', urls: urls.issues },
      { name: 'article', urls: urls.articles },
      { name: 'think tank', urls: urls.thinkTanks, tag: (url) => [`think-tank:${url.split('/').pop()}`] },
      { name: 'topic', urls: urls.topics, tag: (url) => [`topic:${decodeURIComponent(url.split('/').pop()!).toLowerCase()}`] },
      { name: 'search, common word', urls: pages(SAMPLES, (page) => `/search?q=${encodeURIComponent('政策')}&page=${page}`) },
      { name: 'search, rare word', urls: [`/search?q=${encodeURIComponent('蓝山战略')}`, `/search?q=${encodeURIComponent('北海政策')}`, `/search?q=${encodeURIComponent('远景治理')}`], tag: () => ['search'] },
      { name: 'feeds (/feed.xml)', urls: ['/feed.xml', '/atom.xml', '/feed.json'], tag: () => ['feeds'] },
      { name: 'corrections', urls: ['/corrections', '/corrections/feed.xml'], tag: () => ['corrections'] },
      { name: 'sitemap index', urls: ['/sitemap.xml'], tag: () => ['sitemap'] },
      {
        name: 'sitemap part',
        urls: ['/sitemaps/pages.xml', ...Array.from({ length: Math.ceil(ISSUES / 200) }, (_, index) => `/sitemaps/issues-${index + 1}.xml`)],
        tag: () => ['sitemap'],
      },
    ]
    console.log(`\n[${kind}] ${ISSUES} issues; ${SAMPLES} cold samples per family, then 5 warm rounds (ms)`)
    console.log(`${'family'.padEnd(22)} ${'cold p50'.padStart(9)} ${'cold p95'.padStart(9)} ${'warm p50'.padStart(9)} ${'warm p95'.padStart(9)} ${'largest'.padStart(10)}  non-200`)
    for (const family of families) {
      if (family.urls.length === 0) {
        console.log(`${family.name.padEnd(22)} (no such pages in this archive)`)
        continue
      }
      const result = await measure(family)
      summary.families.set(family.name, [percentile(result.cold, 95), percentile(result.warm, 95)])
      const f = (value: number) => value.toFixed(1).padStart(9)
      console.log(
        `${family.name.padEnd(22)} ${f(percentile(result.cold, 50))} ${f(percentile(result.cold, 95))} ${f(percentile(result.warm, 50))} ${f(percentile(result.warm, 95))} ${`${(result.largest / 1024).toFixed(0)} KB`.padStart(10)}  ${result.failures}`,
      )
    }
    const end = processMemory(pid)
    summary.peakRss = end.peakRss
    console.log(`\nserver process ${pid} (scripts/server.ts):`)
    console.log(`  resident after start-up and one home page: ${mb(started.rss)} (anonymous ${mb(started.anon)}, file-backed ${mb(started.file)})`)
    console.log(`  resident at the end: ${mb(end.rss)} (anonymous ${mb(end.anon)}, file-backed ${mb(end.file)})`)
    console.log(`  PEAK RSS (kernel VmHWM, whole life of the process): ${mb(end.peakRss)}`)
    console.log(`  V8/Node peaks: heapUsed ${mb(heapPeak.heapUsed)}, heapTotal ${mb(heapPeak.heapTotal)}, external ${mb(heapPeak.external)} (arrayBuffers ${mb(heapPeak.arrayBuffers)}), rss ${mb(heapPeak.rss)}`)
    console.log(`(cores: ${os.cpus().length}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} — other processes share them)`)
  } finally {
    clearInterval(watch)
    stopServer(server)
    // Let the server's process group go before the next adapter's server takes the port.
    await new Promise((resolve) => setTimeout(resolve, 3000))
  }
  return summary
}

async function main() {
  const summaries = new Map<string, Summary>()
  for (const kind of DATABASES) {
    if (kind === 'sqlite') {
      summaries.set(kind, await runOn(kind, `file:${DB}`))
      continue
    }
    const cluster = await startPostgresCluster()
    try {
      summaries.set(kind, await runOn(kind, await cluster.createDatabase('scale')))
    } finally {
      await cluster.stop()
    }
  }
  const kinds = [...summaries.keys()]
  const column = (value: string) => value.padStart(12)
  const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`)
  console.log(`\n${ISSUES} issues, side by side (p95 of ${SAMPLES} cold samples and of 5 warm rounds per family)`)
  console.log(`${'measure'.padEnd(34)}${kinds.map(column).join('')}  target`)
  const row = (name: string, values: string[], target: string) => console.log(`${name.padEnd(34)}${values.map(column).join('')}  ${target}`)
  row('archive import rate', kinds.map((kind) => summaries.get(kind)!.importRate), '≥ 20 issues/s')
  row('import CPU per issue', kinds.map((kind) => summaries.get(kind)!.importCpu), '(2 shared cores)')
  const families = [...new Set(kinds.flatMap((kind) => [...summaries.get(kind)!.families.keys()]))]
  for (const family of families) row(`warm p95 ${family}`, kinds.map((kind) => ms(summaries.get(kind)!.families.get(family)?.[1])), '< 100 ms')
  for (const family of families) row(`cold p95 ${family}`, kinds.map((kind) => ms(summaries.get(kind)!.families.get(family)?.[0])), '< 300 ms')
  const megabytes = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MB`)
  row('import peak RSS', kinds.map((kind) => megabytes(summaries.get(kind)!.importRss)), '< 600 MB')
  row('server peak RSS', kinds.map((kind) => megabytes(summaries.get(kind)!.peakRss)), '< 600 MB')
}


main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
