/**
 * `npm run demo`: build if the sources changed since the last build, bring the database up to the
 * migrations, load the demo issue once, then serve site and admin on PORT (default 3000).
 *
 *   --fresh           delete the embedded SQLite database first (a clean demo)
 *   --allow-mongodb   load demo content into a MongoDB database (refused without it)
 *   --no-serve        prepare and load, then exit (used by tests and CI)
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { resolveDatabaseTarget, sqliteFilePath } from '../src/database-uri'
import { buildFingerprint, buildIsCurrent, FINGERPRINT_FILE } from './lib/build-fingerprint'
import { runCommand } from './lib/entry'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'
import { run } from './lib/run'

const flags = new Set(process.argv.slice(2))
const nextBin = path.resolve('node_modules', '.bin', 'next')
const tsxBin = path.resolve('node_modules', '.bin', 'tsx')

async function main(): Promise<number> {
  loadEnvironment()
  ensurePayloadSecret()
  const target = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (target.kind === 'mongodb' && !flags.has('--allow-mongodb') && process.env.DEMO_ALLOW_MONGODB !== 'true') {
    console.error(
      'Refusing to load demo content into MongoDB (DATABASE_URI is a mongodb URI). ' +
        'Run `npm run demo -- --allow-mongodb` if you really mean that database.',
    )
    return 2
  }
  if (flags.has('--fresh') && target.kind === 'sqlite') {
    const file = path.resolve(sqliteFilePath(target.uri))
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
    console.log(`Removed ${path.relative(process.cwd(), file)}`)
  }

  const serve = !flags.has('--no-serve')
  if (serve && !buildIsCurrent()) {
    console.log('Building the app (next build)…')
    const code = await run(nextBin, ['build'], { ...process.env, NODE_ENV: 'production' })
    if (code !== 0) return code
    writeFileSync(FINGERPRINT_FILE, buildFingerprint())
  }

  const { openPayload } = await import('./lib/open-payload')
  const { loadDemoContent } = await import('./lib/load-demo-content')
  const payload = await openPayload()
  const report = await loadDemoContent(payload)
  const created = Object.values(report.created).reduce((sum, n) => sum + n, 0)
  console.log(created === 0 ? 'Demo content already loaded.' : `Demo content loaded: ${JSON.stringify(report.created)}`)
  await payload.destroy()
  if (!serve) return 0

  const port = process.env.PORT || '3000'
  console.log(`Serving on http://localhost:${port} (site) and http://localhost:${port}/admin (admin)`)
  // The production server: Next.js behind the reader response cache (scripts/server.ts).
  return run(tsxBin, ['scripts/server.ts', '--port', port], { ...process.env, NODE_ENV: 'production' })
}

runCommand('The demo', main)
