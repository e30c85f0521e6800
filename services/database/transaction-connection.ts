import type { PayloadRequest } from 'payload'

type SqlAdapter<Connection> = { sessions: Record<string, unknown>; drizzle: Connection }

/**
 * The connection of the request's transaction on a SQL adapter, if it has one: a statement run there
 * commits or rolls back with the request's writes, and sees them.
 */
export async function transactionConnection<Connection>(adapter: SqlAdapter<Connection>, req?: PayloadRequest): Promise<Connection | undefined> {
  if (!req?.transactionID) return undefined
  return (adapter.sessions[String(await req.transactionID)] as { db?: Connection } | undefined)?.db
}
