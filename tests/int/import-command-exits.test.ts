import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { ownDatabaseUri } from '../helpers/own-database'
import { runTsxCommand } from '../helpers/spawn-child'

/*
 * Runs the real `npm run import` command (tsx scripts/import.ts) many times on several files, as a
 * person would, and counts runs that stopped early. Before the fix about one run in ten stopped
 * silently before importing anything (see scripts/lib/lexical-resolve-hook.mjs). The suite runs this file
 * on SQLite and on PostgreSQL: 2 × 25 runs, which such a fault would pass unseen 0.5% of the time.
 */
const RUNS = Number(process.env.IMPORT_EXIT_RUNS || 25)
const CONCURRENCY = 2
const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-exit-'))
const database = await ownDatabaseUri(dir, 'exit')
const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
const files = [1, 2, 3].map((n) => {
  const file = path.join(dir, `issue-${n}.txt`)
  writeFileSync(file, seed.replace('海外智库观察\n', `海外智库观察\n编者按第${n}篇：本期选题说明。\n`))
  return file
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const runImport = () =>
  runTsxCommand('scripts/import.ts', [...files, '--dry-run', '--json'], { ...process.env, DATABASE_URI: database, PAYLOAD_SECRET: 'exit-test' })

describe('the import command', () => {
  it(`finishes every one of ${RUNS} runs of ${files.length} files`, { timeout: RUNS * 20_000 }, async () => {
    // The first run creates the database (migrations); the rest only read it.
    const first = await runImport()
    expect(first.code, first.stderr).toBe(0)
    const outcomes: { code: number | null; files: number; stderr: string }[] = []
    let next = 1
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < RUNS) {
          next += 1
          const run = await runImport()
          const parsed = run.code === 0 ? (JSON.parse(run.stdout) as { files: unknown[] }) : { files: [] }
          outcomes.push({ code: run.code, files: parsed.files.length, stderr: run.stderr })
        }
      }),
    )
    const early = outcomes.filter((outcome) => outcome.code !== 0 || outcome.files !== files.length)
    expect(early.map((outcome) => outcome.stderr.slice(-300))).toEqual([])
    expect(outcomes.length + 1).toBe(RUNS)
  })
})
