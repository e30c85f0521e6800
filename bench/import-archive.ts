/**
 * Whole-archive import with the real command:
 *   1. generates N varied issues (tests/helpers/issue-generator.ts) as files in a temp folder, and
 *      the same files in a zip;
 *   2. `npm run import -- <folder> --archive --json` into a fresh SQLite file: issues/s, peak RSS,
 *      what was refused and why;
 *   3. `npm run import -- <zip> --archive --json` on the same database: every file must be skipped
 *      as already imported;
 * and counts early exits (a run that ended without its JSON, or said it stopped before finishing).
 *
 *   npx tsx bench/import-archive.ts [--issues 1000]
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { generateIssue } from '../tests/helpers/issue-generator'
import { buildZip } from '../tests/helpers/zip'
import { largestRss } from './lib-server'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const ISSUES = arg('--issues', 1000)

type Entry = { file: string; issue?: unknown; error?: { code: string; message: string } }
type Run = { code: number | null; seconds: number; peakRss: number; files: Entry[] | null; earlyExit: boolean; stderr: string }

function runImport(args: string[], database: string): Promise<Run> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', ...args], {
      env: { ...process.env, DATABASE_URI: `file:${database}`, PAYLOAD_LOG_LEVEL: 'fatal', PAYLOAD_SECRET: 'bench-import-archive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let peakRss = 0
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, largestRss(child.pid!))), 250)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sampler)
      let files: Entry[] | null = null
      try {
        files = (JSON.parse(stdout) as { files: Entry[] }).files
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error
      }
      const earlyExit = files === null || /stopped before it finished/.test(stderr) || (code !== 0 && code !== 1)
      const diagnosis = files === null ? `no JSON report (${stdout.length} bytes on stdout) ` : ''
      resolve({ code, seconds: (performance.now() - started) / 1000, peakRss, files, earlyExit, stderr: diagnosis + stderr })
    })
  })
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

function describe(name: string, run: Run) {
  const files = run.files ?? []
  const imported = files.filter((entry) => !entry.error).length
  const byCode = new Map<string, { count: number; example: string }>()
  for (const entry of files) {
    if (!entry.error) continue
    const known = byCode.get(entry.error.code) ?? { count: 0, example: `${path.basename(entry.file)}: ${entry.error.message.split('\n')[0]}` }
    known.count += 1
    byCode.set(entry.error.code, known)
  }
  console.log(`${name}: exit ${run.code}, ${files.length} files in ${run.seconds.toFixed(1)} s (process start and migrations included)`)
  console.log(`  imported ${imported} = ${(imported / run.seconds).toFixed(2)} issues/s; peak RSS ${mb(run.peakRss)}`)
  for (const [code, { count, example }] of byCode) console.log(`  ${code}: ${count} (e.g. ${example.slice(0, 160)})`)
  if (run.earlyExit) console.log(`  EARLY EXIT: ${run.stderr.slice(-400)}`)
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-bench-archive-'))
  const folder = path.join(dir, 'archive')
  const database = path.join(dir, 'bench.db')
  try {
    const entries: { name: string; data: string }[] = []
    for (let index = 1; index <= ISSUES; index += 1) {
      const issue = generateIssue(index)
      const name = `${String(1 + (index % 7) + 2018)}/${String(index).padStart(5, '0')}-${issue.filename}`
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true })
      writeFileSync(path.join(folder, name), issue.text)
      entries.push({ name, data: issue.text })
    }
    const zip = path.join(dir, 'archive.zip')
    writeFileSync(zip, buildZip(entries))
    console.log(`${ISSUES} generated issues in ${folder} and ${zip}`)

    const first = await runImport([folder, '--archive', '--json'], database)
    describe('folder, fresh database', first)
    const second = await runImport([zip, '--archive', '--json'], database)
    describe('zip of the same files, same database', second)
    const skipped = (second.files ?? []).filter((entry) => entry.error?.code === 'already-imported').length
    const expectedSkips = (first.files ?? []).filter((entry) => !entry.error).length
    console.log(`  skipped as already imported: ${skipped} of ${second.files?.length ?? 0} (imported by the first run: ${expectedSkips})`)
    const early = [first, second].filter((run) => run.earlyExit).length
    console.log(`early exits: ${early}`)
    process.exitCode = early === 0 && skipped === expectedSkips ? 0 : 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
