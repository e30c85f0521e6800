import Database from 'libsql'

type Connection = Database.Database
type Statement = ReturnType<Connection['prepare']>
type Prepare = (this: Connection, sql: string) => Statement
type Cache = { generation: number; statements: Map<string, KeptStatement> }

/**
 * Statements after which a kept statement may be wrong or slow: a reused `SELECT *` keeps the columns it was
 * prepared with, and every kept statement keeps the plan chosen before new planner statistics (ANALYZE).
 */
const PLAN_CHANGE = /^\s*(?:alter|analyze|create|drop|pragma\s+optimize)\b/i

/**
 * A kept statement. Before every run the client sets integer and raw mode and reads the result's columns
 * (for a statement that returns no rows, raw mode is refused with an error); each is asked of SQLite
 * once. A statement's columns change only with the schema, which empties the cache (PLAN_CHANGE).
 */
class KeptStatement {
  private columnList: ReturnType<Statement['columns']> | undefined
  private rawMode: { on: boolean; refusal?: Error } | undefined
  private safeIntegerMode: boolean | undefined

  constructor(private readonly statement: Statement) {}

  get reader(): boolean {
    return this.statement.reader
  }

  raw(on = true): this {
    if (this.rawMode?.on !== on) {
      try {
        this.statement.raw(on)
        this.rawMode = { on }
      } catch (refusal) {
        this.rawMode = { on, refusal: refusal instanceof Error ? refusal : new Error(String(refusal)) }
      }
    }
    if (this.rawMode.refusal !== undefined) throw this.rawMode.refusal
    return this
  }

  safeIntegers(on = true): this {
    if (this.safeIntegerMode !== on) this.statement.safeIntegers(on)
    this.safeIntegerMode = on
    return this
  }

  columns(): ReturnType<Statement['columns']> {
    this.columnList ??= this.statement.columns()
    return this.columnList
  }

  run(...values: unknown[]): ReturnType<Statement['run']> {
    return (this.statement as Database.Statement<unknown[]>).run(...values)
  }

  get(...values: unknown[]): ReturnType<Statement['get']> {
    return (this.statement as Database.Statement<unknown[]>).get(...values)
  }

  all(...values: unknown[]): ReturnType<Statement['all']> {
    return (this.statement as Database.Statement<unknown[]>).all(...values)
  }

  iterate(...values: unknown[]): ReturnType<Statement['iterate']> {
    return (this.statement as Database.Statement<unknown[]>).iterate(...values)
  }
}

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
      return cached as unknown as Statement
    }
    const statement = new KeptStatement(prepare.call(this, sql))
    counts.prepared += 1
    statements.set(sql, statement)
    if (statements.size > limit) statements.delete(statements.keys().next().value!)
    return statement as unknown as Statement
  }
  Database.prototype.prepare = cachedPrepare as unknown as Connection['prepare']
}

/** How many statements were prepared and how many reused since the cache was installed. */
export const statementCacheCounts = (): Readonly<typeof counts> => ({ ...counts })
