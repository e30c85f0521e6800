import path from 'node:path'

import { createSiblingDatabase } from '../../scripts/lib/postgres-cluster'
import { resolveDatabaseTarget } from '../../src/database-uri'

/**
 * A database of a test file's own (for child processes it starts and kills), on the same engine as the
 * run: a fresh database beside the run's on its PostgreSQL server, otherwise an SQLite file in `dir`.
 */
export async function ownDatabaseUri(dir: string, name: string): Promise<string> {
  const run = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (run.kind === 'postgres') return createSiblingDatabase(run.uri, name)
  return `file:${path.join(dir, `${name}.db`)}`
}
