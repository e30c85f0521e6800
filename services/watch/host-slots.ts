/*
 * At most N requests at once per host (polite fetching), in this process. The queue lives on
 * globalThis so the Next.js server and the jobs runner share one, whichever module copy they load.
 */
type Slots = { active: number; waiting: Array<() => void> }

const KEY = Symbol.for('zhiku.watch.hostSlots')
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Slots>()) as Map<string, Slots>

export const MAX_REQUESTS_PER_HOST = 2

export async function withHostSlot<T>(host: string, work: () => Promise<T>, limit = MAX_REQUESTS_PER_HOST): Promise<T> {
  const key = host.toLowerCase()
  let slots = registry.get(key)
  if (!slots) {
    slots = { active: 0, waiting: [] }
    registry.set(key, slots)
  }
  const mine = slots
  if (mine.active >= limit) await new Promise<void>((resolve) => mine.waiting.push(resolve))
  else mine.active += 1
  try {
    return await work()
  } finally {
    const next = mine.waiting.shift()
    if (next) next()
    else {
      mine.active -= 1
      if (mine.active === 0) registry.delete(key)
    }
  }
}

/** Requests in flight to a host now (for tests and the bench). */
export const activeRequests = (host: string): number => registry.get(host.toLowerCase())?.active ?? 0
