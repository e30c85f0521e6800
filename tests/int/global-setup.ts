import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startPostgresCluster } from '../../scripts/lib/postgres-cluster'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
  }
}

/**
 * Integration tests run against DATABASE_URI when it is set (e.g. a PostgreSQL or MongoDB server);
 * with ZHIKU_TEST_DATABASE=postgres against a throwaway PostgreSQL cluster started here (a failure to
 * start it fails the run: it never falls back to SQLite); otherwise against a fresh SQLite file made for
 * this run. Either is removed afterwards. Files that need a database of their own (child processes they
 * kill) make one beside it (tests/helpers/own-database.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URI) {
    project.provide('databaseUri', process.env.DATABASE_URI)
    return
  }
  const engine = process.env.ZHIKU_TEST_DATABASE || 'sqlite'
  if (engine === 'postgres') {
    const cluster = await startPostgresCluster()
    project.provide('databaseUri', await cluster.createDatabase('zhiku_test'))
    return () => cluster.stop()
  }
  if (engine !== 'sqlite') throw new Error(`ZHIKU_TEST_DATABASE must be sqlite or postgres (got "${engine}")`)
  const file = path.resolve('data', `test-${process.pid}-${Date.now()}.db`)
  mkdirSync(path.dirname(file), { recursive: true })
  project.provide('databaseUri', `file:${file}`)
  return () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  }
}
