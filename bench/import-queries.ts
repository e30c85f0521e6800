/**
 * What one archive import costs the database: imports N generated issues (after 20 to warm up) into a
 * fresh SQLite file and prints the statements per issue, grouped by their text, with the time in each.
 *
 *   npx tsx bench/import-queries.ts [--issues 60]
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { InStatement } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { generateIssue } from '../tests/helpers/issue-generator'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const ISSUES = arg('--issues', 60)
const WARM = 20
const DB = path.resolve('data', 'bench-import-queries.db')

async function main() {
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true })
  process.env.DATABASE_URI = `file:${DB}`
  process.env.PAYLOAD_LOG_LEVEL = 'fatal'
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  const { ensurePayloadSecret, loadEnvironment } = await import('../scripts/lib/environment')
  loadEnvironment()
  ensurePayloadSecret()
  // As `npm run import` does: statements prepared once and reused.
  const { cacheSqliteStatements } = await import('../services/database/sqlite-statement-cache')
  cacheSqliteStatements()
  const { openPayload } = await import('../scripts/lib/open-payload')
  const { importIssue } = await import('../services/import/import-issue')
  const payload = await openPayload()
  const client = (payload.db as unknown as SQLiteAdapter).client
  const stats = new Map<string, { count: number; ms: number }>()
  let counting = false
  const original = client.execute.bind(client)
  const shape = (statement: InStatement | string) => (typeof statement === 'string' ? statement : statement.sql).replace(/\s+/g, ' ').replace(/\(\?(, ?\?)*\)/g, '(?…)').slice(0, 150)
  client.execute = (async (statement: InStatement | string, ...rest: unknown[]) => {
    const started = performance.now()
    try {
      return await (original as (...args: unknown[]) => ReturnType<typeof original>)(statement, ...rest)
    } finally {
      if (counting) {
        const key = shape(statement)
        const entry = stats.get(key) ?? { count: 0, ms: 0 }
        entry.count += 1
        entry.ms += performance.now() - started
        stats.set(key, entry)
      }
    }
  })
  const run = async (index: number) => {
    const issue = generateIssue(index)
    await importIssue(payload, { text: issue.text, filename: issue.filename, archive: true })
  }
  for (let index = 1; index <= WARM; index += 1) await run(index)
  counting = true
  const started = performance.now()
  const cpu = process.cpuUsage()
  for (let index = WARM + 1; index <= WARM + ISSUES; index += 1) await run(index)
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms)
  const total = rows.reduce((sum, [, entry]) => sum + entry.count, 0)
  console.log(`${ISSUES} issues: ${(wall / ISSUES).toFixed(1)} ms wall, ${((used.user + used.system) / 1000 / ISSUES).toFixed(1)} ms CPU per issue; ${(total / ISSUES).toFixed(1)} statements per issue`)
  console.log(`${'per issue'.padStart(9)} ${'ms/issue'.padStart(9)}  statement`)
  for (const [key, entry] of rows.slice(0, 40)) console.log(`${(entry.count / ISSUES).toFixed(1).padStart(9)} ${(entry.ms / ISSUES).toFixed(2).padStart(9)}  ${key}`)
  await payload.destroy()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
