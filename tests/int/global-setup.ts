import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
  }
}

/**
 * Integration tests run against DATABASE_URI when it is set (e.g. a MongoDB server), and otherwise
 * against a fresh SQLite file made for this run and removed afterwards.
 */
export default function setup(project: TestProject) {
  if (process.env.DATABASE_URI) {
    project.provide('databaseUri', process.env.DATABASE_URI)
    return
  }
  const file = path.resolve('data', `test-${process.pid}-${Date.now()}.db`)
  mkdirSync(path.dirname(file), { recursive: true })
  project.provide('databaseUri', `file:${file}`)
  return () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  }
}
