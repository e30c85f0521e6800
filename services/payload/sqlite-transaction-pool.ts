import { createClient, type Client, type Config, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'
import type { Payload } from 'payload'

const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }
/** Idle connections kept for the next transactions; more are opened while many run at once. */
const IDLE_LIMIT = 4

type SqliteAdapterParts = { client?: Client; clientConfig?: Config; busyTimeout?: number; wal?: false | { synchronous?: string } }

/**
 * Transactions on their own pooled connections, kept open between transactions.
 *
 * @libsql/client hands its one connection to each transaction and opens a fresh one for whatever
 * comes next (`transaction()` sets its connection to null). Every Payload transaction — one per
 * imported file, one per workflow action — thus opened a new SQLite connection: the schema parsed
 * again, an empty page cache, the adapter's `busy_timeout` and `synchronous` pragmas gone (they are
 * set once, on the first connection), and native memory that grew with every file of an archive
 * import. Here each transaction borrows a connection of its own (so it stays isolated from the
 * queries outside it, as before) and gives it back when it ends.
 */
export function poolSqliteTransactions(payload: Payload): void {
  const adapter = payload.db as unknown as SqliteAdapterParts
  const client = adapter.client
  const config = adapter.clientConfig
  if (!client || !config || client.protocol !== 'file') return
  const pragmas = [
    ...(adapter.busyTimeout ? [`PRAGMA busy_timeout = ${adapter.busyTimeout}`] : []),
    ...(adapter.wal && adapter.wal.synchronous ? [`PRAGMA synchronous = ${adapter.wal.synchronous}`] : []),
  ]
  const idle: Client[] = []

  const open = async (): Promise<Client> => {
    const connection = createClient(config)
    for (const pragma of pragmas) await connection.execute(pragma)
    return connection
  }
  const giveBack = (connection: Client) => {
    if (idle.length < IDLE_LIMIT) idle.push(connection)
    else connection.close()
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const connection = idle.pop() ?? (await open())
    try {
      await connection.execute(BEGIN[mode])
    } catch (error) {
      connection.close()
      throw error
    }
    return new PooledTransaction(connection, giveBack)
  }

  const close = client.close.bind(client)
  client.close = () => {
    for (const connection of idle.splice(0)) connection.close()
    close()
  }
}

class PooledTransaction implements Transaction {
  closed = false

  constructor(
    private readonly connection: Client,
    private readonly giveBack: (connection: Client) => void,
  ) {}

  execute(stmt: InStatement): Promise<ResultSet> {
    this.checkOpen()
    return this.connection.execute(stmt)
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await this.execute(stmt))
    return results
  }

  executeMultiple(sql: string): Promise<void> {
    this.checkOpen()
    return this.connection.executeMultiple(sql)
  }

  async commit(): Promise<void> {
    this.checkOpen()
    // A failed COMMIT (say, busy) leaves the transaction open for the caller's rollback.
    await this.connection.execute('COMMIT')
    this.end(true)
  }

  async rollback(): Promise<void> {
    if (this.closed) return
    try {
      await this.connection.execute('ROLLBACK')
      this.end(true)
    } catch (error) {
      // SQLite may already have rolled back (after some errors); the connection is not reused either way.
      this.end(false)
      if (!/no transaction is active/i.test(error instanceof Error ? error.message : String(error))) throw error
    }
  }

  close(): void {
    if (this.closed) return
    this.rollback().catch((error: unknown) => {
      process.emitWarning(`Rolling back an abandoned SQLite transaction failed: ${error instanceof Error ? error.message : String(error)}`)
    })
  }

  private end(reusable: boolean) {
    if (this.closed) return
    this.closed = true
    if (reusable) this.giveBack(this.connection)
    else this.connection.close()
  }

  private checkOpen() {
    if (this.closed) throw new Error('The transaction is closed')
  }
}
