/**
 * `npm test`: the whole suite. Checks that generated types have not drifted, type-checks, lints, runs unit
 * tests, the integration tests twice at once — on SQLite and on a throwaway PostgreSQL cluster
 * (tests/int/global-setup.ts starts it; the run fails, never skips, when PostgreSQL cannot start) — and
 * browser tests (Playwright against a production build), then prints the totals over all runners as its
 * last line: `N passed, N failed`.
 *
 *   --no-e2e   skip the browser tests (a quick run while developing)
 */
import { spawn } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { run } from './lib/run'

type Tally = { passed: number; failed: number }
const total: Tally = { passed: 0, failed: 0 }
const bin = (name: string) => path.resolve('node_modules', '.bin', name)
const resultsDir = path.resolve('test-results')

function record(step: string, tally: Tally) {
  total.passed += tally.passed
  total.failed += tally.failed
  console.log(`\n[${step}] ${tally.passed} passed, ${tally.failed} failed\n`)
}

/** A step that is one check: passes when its command exits 0. */
async function check(step: string, command: string, args: string[], env?: NodeJS.ProcessEnv) {
  const code = await run(command, args, env)
  record(step, code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 })
}

/** Regenerates a generated file and fails when the committed copy differs (restoring it). */
async function generatedFileDrift(step: string, relativePath: string, command: string) {
  const file = path.resolve(relativePath)
  const committed = readFileSync(file, 'utf8')
  const code = await run(bin('payload'), [command], { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'generate' })
  const regenerated = readFileSync(file, 'utf8')
  const same = code === 0 && regenerated === committed
  if (!same) {
    writeFileSync(file, committed)
    console.error(`${relativePath} is out of date: run \`npm run ${command}\` and commit the result.`)
  }
  record(step, same ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 })
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

/** Passed and failed tests of one Vitest run, from its JSON report and exit code. */
function vitestTally(report: string, code: number): Tally {
  const result = readJson(report) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number } | undefined
  if (!result) return { passed: 0, failed: 1 }
  // A file that fails to load fails no test of its own; count it so it cannot pass silently.
  const failed = result.numFailedTests + (code !== 0 && result.numFailedTests === 0 ? Math.max(1, result.numFailedTestSuites) : 0)
  return { passed: result.numPassedTests, failed }
}

/** Runs a command with its output written to `logFile`; resolves with its exit code. */
function runLogged(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  const fd = openSync(logFile, 'w')
  return new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', fd, fd], env })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  }).finally(() => closeSync(fd))
}

async function vitestUnit() {
  const report = path.join(resultsDir, 'vitest-unit-report.json')
  rmSync(report, { force: true })
  const code = await run(bin('vitest'), ['run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  record('vitest unit', vitestTally(report, code))
}

const INT_DATABASES = ['sqlite', 'postgres'] as const

/**
 * The integration tests on each database, the runs side by side (each has its own database, media
 * folder and SMTP listener); each run's output goes to test-results/int-<database>.log and is printed
 * when it ends.
 */
async function vitestIntegration() {
  const runs = INT_DATABASES.map(async (database) => {
    const report = path.join(resultsDir, `vitest-int-${database}-report.json`)
    const log = path.join(resultsDir, `int-${database}.log`)
    rmSync(report, { force: true })
    const env: NodeJS.ProcessEnv = { ...process.env, ZHIKU_TEST_DATABASE: database, MEDIA_DIR: path.join('data', `test-media-${database}`) }
    // The run's own database: a DATABASE_URI meant for the app must not reach either run.
    delete env.DATABASE_URI
    const started = Date.now()
    const code = await runLogged(bin('vitest'), ['run', '--project', 'int', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env, log)
    console.log(readFileSync(log, 'utf8'))
    console.log(`[int ${database}] ${((Date.now() - started) / 60_000).toFixed(1)} min (output: ${path.relative(process.cwd(), log)})`)
    record(`vitest int ${database}`, vitestTally(report, code))
  })
  await Promise.all(runs)
}

type Suite = { suites?: Suite[]; specs?: { tests: { projectName: string; status: string }[] }[] }

/** Passed and failed tests per Playwright project (browser walks `chromium`, attacks `security`). */
function byProject(suites: Suite[], tallies: Record<string, Tally> = {}): Record<string, Tally> {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const { projectName, status } of spec.tests) {
        const tally = (tallies[projectName] ??= { passed: 0, failed: 0 })
        if (status === 'expected') tally.passed += 1
        else if (status !== 'skipped') tally.failed += 1
      }
    }
    byProject(suite.suites ?? [], tallies)
  }
  return tallies
}

async function playwright() {
  const report = path.join(resultsDir, 'e2e-report.json')
  rmSync(report, { force: true })
  const code = await run(bin('playwright'), ['test'])
  const result = readJson(report) as { suites: Suite[]; stats: { unexpected: number } } | undefined
  if (!result) return record('playwright', { passed: 0, failed: 1 })
  const projects = byProject(result.suites)
  for (const [project, tally] of Object.entries(projects)) record(`playwright ${project}`, tally)
  // A run that fails outside any test (the server did not start) still fails the suite.
  if (code !== 0 && result.stats.unexpected === 0) record('playwright', { passed: 0, failed: 1 })
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  mkdirSync(resultsDir, { recursive: true })
  await generatedFileDrift('generated types', 'payload-types.ts', 'generate:types')
  await generatedFileDrift('admin import map', 'app/(payload)/admin/importMap.js', 'generate:importmap')
  await check('typecheck', bin('tsc'), ['--noEmit'])
  await check('lint', bin('eslint'), ['.', '--max-warnings', '0'])
  await vitestUnit()
  await vitestIntegration()
  if (!process.argv.includes('--no-e2e')) await playwright()
  console.log(`${total.passed} passed, ${total.failed} failed`)
  process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  console.log(`${total.passed} passed, ${total.failed + 1} failed`)
  process.exit(1)
})
