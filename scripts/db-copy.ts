/**
 * `npm run db:copy -- --from URI --to URI [--force]`: copies every collection (documents with their
 * ids, versions), every global and the media records from one database to another — SQLite file,
 * PostgreSQL or any adapter DATABASE_URI selects — refusing a target that holds data (exit 3) unless
 * --force. Media files stay where MEDIA_DIR points. Each side runs in its own process.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { runCommand } from './lib/entry'
import { loadEnvironment } from './lib/environment'

const USAGE = 'Usage: npm run db:copy -- --from URI --to URI [--force]   (URI: file:./data/zhiku.db, postgres://…)'
const here = path.dirname(fileURLToPath(import.meta.url))

runCommand('npm run db:copy', async () => {
  loadEnvironment()
  const { EXIT, parseArgs } = await import('./lib/database-transfer')
  const { writeAll } = await import('./lib/write-all')
  const { run } = await import('./lib/run')
  const { sameDatabase } = await import('../src/database-copy/database-uris')
  const { redactDatabaseUri, resolveDatabaseTarget } = await import('../src/database-uri')
  const parsed = parseArgs(process.argv.slice(2), ['--from', '--to'], ['--force'])
  const from = 'error' in parsed ? undefined : parsed.values.get('--from')
  const to = 'error' in parsed ? undefined : parsed.values.get('--to')
  if ('error' in parsed || !from || !to || parsed.rest.length > 0) {
    writeAll(2, `${'error' in parsed ? `${parsed.error}\n` : ''}${USAGE}\n`)
    return EXIT.usage
  }
  for (const uri of [from, to]) {
    try {
      resolveDatabaseTarget(uri)
    } catch (error) {
      writeAll(2, `${error instanceof Error ? error.message : String(error)}\n`)
      return EXIT.usage
    }
  }
  if (sameDatabase(from, to, process.cwd())) {
    writeAll(2, `--from and --to name the same database (${redactDatabaseUri(from)})\n`)
    return EXIT.usage
  }
  const tsx = path.resolve(here, '../node_modules/.bin/tsx')
  const step = path.join(here, 'lib/transfer-step.ts')
  const on = (uri: string): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URI: uri })
  const force = parsed.flags.has('--force')
  if (!force) {
    const checked = await run(tsx, [step, 'check'], on(to))
    if (checked !== EXIT.ok) return checked
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhiku-copy-'))
  try {
    writeAll(1, `Copying ${redactDatabaseUri(from)} → ${redactDatabaseUri(to)}\n`)
    const dumped = await run(tsx, [step, 'dump', path.join(dir, 'dump')], on(from))
    if (dumped !== EXIT.ok) return dumped
    return await run(tsx, [step, 'load', path.join(dir, 'dump'), ...(force ? ['--force'] : [])], on(to))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
