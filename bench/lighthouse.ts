/**
 * Lighthouse on the reader pages that matter most — home, the demo issue and its first article —
 * against the production server (`npm run demo` on its own SQLite file with the demo content),
 * desktop and mobile form factors, the four categories each. Lighthouse is not a dependency (it is
 * large and needs nothing from the app): it runs through `npx --yes lighthouse@12.8.2` (the last
 * line that runs on Node 20) with Debian's chromium (or CHROMIUM_PATH), headless.
 *
 *   npx tsx bench/lighthouse.ts [--port 3397] [--runs 1]
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { startDemoServer, stopServer, waitFor } from './lib-server'

const LIGHTHOUSE = 'lighthouse@12.8.2'
const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const PORT = arg('--port', 3397)
const RUNS = arg('--runs', 1)
const APP = `http://localhost:${PORT}`
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

type Report = { categories: Record<(typeof CATEGORIES)[number], { score: number | null }>; audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }> }

async function lighthouse(url: string, formFactor: 'desktop' | 'mobile'): Promise<Report> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-lighthouse-'))
  const output = path.join(dir, 'report.json')
  try {
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${path.join(dir, 'profile')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
    )
    return JSON.parse(readFileSync(output, 'utf8')) as Report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const server = startDemoServer({ PORT: String(PORT), DATABASE_URI: 'file:./data/bench-lighthouse.db', MEDIA_DIR: 'data/bench-media', PAYLOAD_LOG_LEVEL: 'error', ZHIKU_JOBS_AUTORUN: 'false' })
  try {
    await waitFor(`${APP}/`, 900_000)
    const issue = '/issues/ai-governance-standards-competition'
    const article = /href="(\/articles\/[^"]+)"/.exec(await (await fetch(`${APP}${issue}`)).text())?.[1]
    if (!article) throw new Error('the demo issue links no article')
    const pages = { home: '/', issue, article }
    console.log(`${LIGHTHOUSE}, ${RUNS} run(s) per page and form factor (the lowest score of the runs)`)
    console.log(`${'page'.padEnd(9)} ${'form'.padEnd(8)} ${CATEGORIES.map((name) => name.padStart(15)).join('')}  below 1`)
    for (const [name, pagePath] of Object.entries(pages)) {
      for (const formFactor of ['desktop', 'mobile'] as const) {
        const reports: Report[] = []
        for (let run = 0; run < RUNS; run += 1) reports.push(await lighthouse(`${APP}${pagePath}`, formFactor))
        const score = (category: (typeof CATEGORIES)[number]) => Math.min(...reports.map((report) => report.categories[category].score ?? 0))
        const failing = Object.entries(reports[0]!.audits)
          .filter(([, audit]) => audit.score !== null && audit.score < 1 && (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings'))
          .map(([id, audit]) => `${id} ${audit.score}`)
        console.log(`${name.padEnd(9)} ${formFactor.padEnd(8)} ${CATEGORIES.map((category) => score(category).toFixed(2).padStart(15)).join('')}  ${failing.join(', ')}`)
      }
    }
  } finally {
    stopServer(server)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
