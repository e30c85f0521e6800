import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import { type Client, type Config, createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type TransactionId = number | Promise<number | string> | string
type WriteArgs = { req?: { transactionID?: TransactionId; context?: object } } | undefined
type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
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

const writeConnections = new WeakMap<object, () => Promise<Client>>()

/**
 * Runs raw SQL that writes (ANALYZE) on this process's connection for transactions, in its turn with the
 * process's other writes: that connection is only ever used inside BEGIN … COMMIT, so it never holds an
 * older snapshot that a write would have to upgrade. On an adapter not wrapped below, on its own client.
 */
export function onWriteConnection<T>(adapter: { client: Client }, work: (client: Client) => Promise<T>): Promise<T> {
  const connection = writeConnections.get(adapter)
  return inWriteTurn(adapter, async () => work(connection ? await connection() : adapter.client))
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
 * Transactions run on one connection of their own, kept for the life of the adapter. (libSQL's own
 * `transaction()` hands each transaction the client's connection and opens a new one for what follows,
 * never closing the old: every write transaction cost a fresh connection and left one behind until
 * garbage collection — 1.7 GB for 3,000 leads where 0.4 GB do.) Reads outside a transaction stay on the
 * adapter's connection and see only what is committed.
 */
export function sqliteTransactionsInTurn(adapterObj: DatabaseAdapterObj, options: Options): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => takeTurns(adapterObj.init(args), options),
  }
}

type SqliteAdapterParts = {
  clientConfig: Config
  schema: Record<string, unknown>
  sessions: Record<string, Session | undefined>
  wal?: { synchronous?: string } | boolean
}

function takeTurns(adapter: BaseDatabaseAdapter, { busyTimeoutMs, waitMs }: Options): BaseDatabaseAdapter {
  const parts = adapter as unknown as SqliteAdapterParts
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

  // The transactions' own connection, opened at the first transaction (the schema is built by then).
  let connection: Promise<{ client: Client; db: unknown }> | undefined
  const transactionConnection = () =>
    (connection ??= (async () => {
      const client = createClient(parts.clientConfig)
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      const synchronous = typeof parts.wal === 'object' ? parts.wal.synchronous : undefined
      if (synchronous) await client.execute(`PRAGMA synchronous = ${synchronous}`)
      return { client, db: drizzle(client, { schema: parts.schema }) }
    })())
  const destroy = adapter.destroy?.bind(adapter)
  adapter.destroy = async () => {
    if (connection) (await connection).client.close()
    connection = undefined
    await destroy?.()
  }

  const begin = async (): Promise<string> => {
    const release = await waitForTurn()
    try {
      const { client, db } = await transactionConnection()
      await client.execute('BEGIN IMMEDIATE')
      const id = randomUUID()
      parts.sessions[id] = {
        db,
        resolve: async () => void (await client.execute('COMMIT')),
        reject: async () => void (await client.execute('ROLLBACK')),
      }
      turnOf.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  // A COMMIT that fails (SQLITE_BUSY, say) is rolled back and thrown to the operation, never swallowed.
  const end = async (incoming: TransactionId, how: 'resolve' | 'reject') => {
    const id = String(await incoming)
    const session = parts.sessions[id]
    delete parts.sessions[id]
    try {
      if (!session) return
      if (how === 'reject') return await session.reject()
      try {
        await session.resolve()
      } catch (error) {
        // The COMMIT's failure is the one to report; a ROLLBACK after it may find nothing left to undo.
        await session.reject().catch(() => undefined)
        throw error
      }
    } finally {
      turnOf.get(id)?.()
      turnOf.delete(id)
    }
  }
  // With transactions switched off in the adapter's options, every write is its own, still in turn.
  if ((adapter as { transactionOptions?: unknown }).transactionOptions) {
    adapter.beginTransaction = begin
    adapter.commitTransaction = (id) => end(id, 'resolve')
    adapter.rollbackTransaction = (id) => end(id, 'reject')
  }

  const sessions = () => parts.sessions ?? {}
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
  writeConnections.set(adapter, async () => (await transactionConnection()).client)
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
