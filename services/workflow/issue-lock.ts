/*
 * Actions on one issue run one at a time within a server process, so two approvals arriving
 * together are decided one after the other (the second sees the first). Across processes the
 * unique claim on workflow-events refuses the loser. The queue lives on globalThis because Next.js
 * may load this module in more than one bundle (REST route, admin server functions).
 */
const QUEUES = Symbol.for('zhiku.issueWorkflowQueues')

type Queues = Map<string, Promise<unknown>>

const queues = (): Queues => {
  const holder = globalThis as typeof globalThis & { [QUEUES]?: Queues }
  holder[QUEUES] ??= new Map()
  return holder[QUEUES]
}

export async function withIssueLock<T>(issueId: number | string, work: () => Promise<T>): Promise<T> {
  const key = String(issueId)
  const pending = queues()
  const previous = pending.get(key) ?? Promise.resolve()
  const run = previous.then(work, work)
  const tail = run.then(
    () => undefined,
    () => undefined,
  )
  pending.set(key, tail)
  try {
    return await run
  } finally {
    if (pending.get(key) === tail) pending.delete(key)
  }
}
