/**
 * `npm run migrate:create:postgres -- <name>`: writes the next PostgreSQL migration (migrations/postgres/,
 * listed in its index.ts) for the schema in payload.config.ts, the way `npm run payload migrate:create <name>`
 * does for SQLite. It needs no PostgreSQL of yours: it starts a throwaway cluster (scripts/lib/postgres-cluster.ts)
 * for Payload to connect to and removes it afterwards.
 *
 *   --baseline   replace every PostgreSQL migration with one migration, <name> (default `baseline`), that
 *                creates the whole schema (only while no PostgreSQL database in use has run the old ones)
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { runCommand } from './lib/entry'
import { startPostgresCluster } from './lib/postgres-cluster'
import { run } from './lib/run'

const MIGRATION_DIR = path.resolve('migrations', 'postgres')

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const baseline = args.includes('--baseline')
  const name = args.find((arg) => !arg.startsWith('--')) ?? (baseline ? 'baseline' : undefined)
  if (!name) {
    console.error('Usage: npm run migrate:create:postgres -- <name> [--baseline]')
    return 2
  }
  if (baseline) {
    for (const file of readdirSync(MIGRATION_DIR)) {
      if (/^\d{8}_\d{6}_.+\.(ts|json)$/.test(file)) rmSync(path.join(MIGRATION_DIR, file))
    }
    writeFileSync(path.join(MIGRATION_DIR, 'index.ts'), 'export const migrations = []\n')
    console.log('Removed the PostgreSQL migrations; writing one baseline.')
  }
  const cluster = await startPostgresCluster()
  try {
    const uri = await cluster.createDatabase('migrate_create')
    return await run(path.resolve('node_modules', '.bin', 'payload'), ['migrate:create', name, '--skip-empty'], {
      ...process.env,
      DATABASE_URI: uri,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'migrate-create',
    })
  } finally {
    await cluster.stop()
  }
}

runCommand('migrate:create:postgres', main)
