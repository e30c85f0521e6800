import Database from 'libsql'

type Connection = Database.Database
type Statement = ReturnType<Connection['prepare']>
type Prepare = (this: Connection, sql: string) => Statement
type Cache = { generation: number; statements: Map<string, Statement> }

/**
 * Statements after which a kept statement may be wrong or slow: a reused `SELECT *` keeps the columns it was
 * prepared with, and every kept statement keeps the plan chosen before new planner statistics (ANALYZE).
 */
const PLAN_CHANGE = /^\s*(?:alter|analyze|create|drop|pragma\s+optimize)\b/i

const caches = new WeakMap<Connection, Cache>()
const counts = { prepared: 0, reused: 0 }
let generation = 0
let installed = false

/**
 * Keeps each SQLite connection's prepared statements for reuse, the most recently used `limit` of them.
 *
 * The libSQL client prepares every statement it runs afresh and drops it. In an archive import that was
 * about a tenth of the time (some 120 statements per issue), and the native statements, freed only when
 * V8 collected their small JavaScript wrappers, grew the process by about 2 MB per issue, so the import
 * forced a full collection every 25 files. With the cache about 98% of statements are reused (the
 * others differ in how many values they bind) and a collection every 200 files keeps the process flat.
 * The client runs each statement to its end synchronously (it binds, steps and reads every row within
 * one call), so a statement is never in use twice at once and reusing it is safe.
 *
 * A change of the schema or of the planner statistics through any connection of this process empties
 * every connection's cache. Installed by the commands that write in bulk (the archive import).
 */
export function cacheSqliteStatements(limit = 200): void {
  if (installed) return
  installed = true
  const prepare = Reflect.get(Database.prototype, 'prepare') as Prepare
  const cachedPrepare = function (this: Connection, sql: string): Statement {
    if (PLAN_CHANGE.test(sql)) {
      generation += 1
      return prepare.call(this, sql)
    }
    let cache = caches.get(this)
    if (!cache || cache.generation !== generation) {
      cache = { generation, statements: new Map() }
      caches.set(this, cache)
    }
    const { statements } = cache
    const cached = statements.get(sql)
    if (cached) {
      // Most recently used last: the oldest entry is the first one to go.
      statements.delete(sql)
      statements.set(sql, cached)
      counts.reused += 1
      return cached
    }
    const statement = prepare.call(this, sql)
    counts.prepared += 1
    statements.set(sql, statement)
    if (statements.size > limit) statements.delete(statements.keys().next().value!)
    return statement
  }
  Database.prototype.prepare = cachedPrepare as unknown as Connection['prepare']
}

/** How many statements were prepared and how many reused since the cache was installed. */
export const statementCacheCounts = (): Readonly<typeof counts> => ({ ...counts })
