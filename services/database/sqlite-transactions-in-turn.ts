import { AsyncLocalStorage } from 'node:async_hooks'

import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type TransactionId = number | Promise<number | string> | string
type SqliteClient = { execute: (statement: string) => Promise<unknown> }
type WriteArgs = { req?: { transactionID?: TransactionId; context?: object } } | undefined
type Session = { db: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }
type Turn = <T>(work: () => Promise<T>) => Promise<T>

const turns = new WeakMap<object, Turn>()

/**
 * Runs a write made with raw SQL outside Payload's adapter methods (the instance-event table) in its
 * turn with this process's other writes, on an adapter wrapped below; on any other adapter, at once.
 */
export function inWriteTurn<T>(adapter: object, work: () => Promise<T>): Promise<T> {
  const turn = turns.get(adapter)
  return turn ? turn(work) : work()
}

/** The adapter's writes: one made outside a transaction takes its turn as a transaction does. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Options = {
  /** How long a connection of this process waits for another process's write lock. */
  busyTimeoutMs: number
  /** How long a write waits for its turn in this process before failing with a clear error. */
  waitMs: number
}

/**
 * SQLite has one writer at a time, and the libSQL client runs each statement synchronously: a second
 * transaction begun in this process while one is open would wait for the lock inside a synchronous call,
 * blocking the very event loop the first one needs to finish ("database is locked" after the busy
 * timeout). So within a process, transactions — and writes made outside any transaction — take turns on
 * a queue instead; other processes on the same file wait for the write lock up to `busyTimeoutMs`.
 *
 * The client hands each transaction the connection it was using and opens a new one for what follows;
 * that new connection is given the same busy timeout when the transaction begins.
 */
export function sqliteTransactionsInTurn(adapterObj: DatabaseAdapterObj, options: Options): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => takeTurns(adapterObj.init(args), options),
  }
}

function takeTurns(adapter: BaseDatabaseAdapter, { busyTimeoutMs, waitMs }: Options): BaseDatabaseAdapter {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const turnOf = new Map<string, () => void>()
  let queue: Promise<void> = Promise.resolve()

  // The adapter's methods call one another (upsert is updateOne, for one): a write made while this
  // process's turn is held by the write it is part of runs at once instead of queueing behind itself.
  const heldTurn = new AsyncLocalStorage<{ held: boolean }>()
  const inTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await waitForTurn()
    const turn = { held: true }
    try {
      return await heldTurn.run(turn, work)
    } finally {
      turn.held = false
      release()
    }
  }

  const waitForTurn = async (): Promise<() => void> => {
    if (heldTurn.getStore()?.held) return () => undefined
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = queue
    queue = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`SQLite: no turn to write within ${waitMs} ms (another write in this process is still open)`)),
        waitMs,
      )
    })
    try {
      await Promise.race([previous, timeout])
    } catch (error) {
      // Give the turn up once it comes, so the writes queued behind this one move on.
      void previous.then(release)
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }

  const finish = async (id: TransactionId, end: (id: string) => Promise<void>) => {
    const key = String(await id)
    try {
      await end(key)
    } finally {
      turnOf.get(key)?.()
      turnOf.delete(key)
    }
  }

  adapter.beginTransaction = async (transactionOptions) => {
    const release = await waitForTurn()
    try {
      const id = await begin(transactionOptions)
      if (id === null) {
        release()
        return id
      }
      turnOf.set(String(id), release)
      const client = (adapter as unknown as { client?: SqliteClient }).client
      if (client) await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  // Payload's transaction frame swallows the result of libSQL's own COMMIT, so a commit that fails
  // (SQLITE_BUSY while a statement of the connection is still in progress) would lose the transaction's
  // writes without a word. COMMIT is run here first, on the transaction's connection, so a failure is
  // thrown to the operation (which rolls back); libSQL's own commit then finds nothing left to do.
  adapter.commitTransaction = (incoming) =>
    finish(incoming, async (id) => {
      const session = (adapter as unknown as { sessions?: Record<string, Session | undefined> }).sessions?.[id]
      if (session) {
        try {
          await session.db.run(sql`COMMIT`)
        } catch (error) {
          await rollback(id)
          throw error
        }
      }
      await commit(id)
    })
  adapter.rollbackTransaction = (id) => finish(id, rollback)

  const sessions = () => (adapter as unknown as { sessions?: Record<string, unknown> }).sessions ?? {}
  const openTransactionOf = async (args: WriteArgs): Promise<string | undefined> => {
    const id = args?.req?.transactionID
    if (id === undefined) return undefined
    const key = String(await id)
    return sessions()[key] ? key : undefined
  }
  // The transaction each operation's request context is writing in. Payload makes some writes of an
  // operation deliberately outside the operation's own transaction (forgot-password reserves its send
  // slot so), through a copy of the request without the transaction id but with the same context. On
  // SQLite such a write could only wait for the transaction that waits for it; it joins it instead.
  const transactionOfContext = new WeakMap<object, string>()
  const joinedTransaction = (args: WriteArgs): string | undefined => {
    const context = args?.req?.context
    const key = context ? transactionOfContext.get(context) : undefined
    return key && sessions()[key] ? key : undefined
  }
  turns.set(adapter, inTurn)
  const methods = adapter as unknown as Record<(typeof WRITES)[number], (args: WriteArgs) => Promise<unknown>>
  for (const name of WRITES) {
    const write = methods[name].bind(adapter)
    methods[name] = async (args) => {
      const open = await openTransactionOf(args)
      if (open !== undefined) {
        if (args?.req?.context) transactionOfContext.set(args.req.context, open)
        return write(args)
      }
      const joined = joinedTransaction(args)
      if (joined !== undefined && args?.req) return write({ ...args, req: withTransaction(args.req, joined) })
      return inTurn(() => write(args))
    }
  }
  return adapter
}

/** The request as it is, but writing in the given transaction. */
function withTransaction<R extends object>(req: R, transactionID: string): R {
  return new Proxy(req, { get: (target, key) => (key === 'transactionID' ? transactionID : Reflect.get(target, key, target)) })
}
