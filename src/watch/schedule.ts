/*
 * When a feed is fetched next. Success: `intervalMinutes` after now. Failure: back off exponentially
 * from the interval (2×, 4×, 8×…) up to a cap, and keep trying there for ever; a success resets it.
 * A server's Retry-After pushes the next fetch later, never earlier.
 */

export const MAX_BACKOFF_MINUTES = 24 * 60

export function backoffMinutes(intervalMinutes: number, errorCount: number): number {
  const interval = Math.max(1, intervalMinutes)
  if (errorCount <= 0) return interval
  // 2^errorCount grows past any cap quickly; stop the exponent before it overflows.
  const factor = 2 ** Math.min(errorCount, 20)
  return Math.min(interval * factor, Math.max(interval, MAX_BACKOFF_MINUTES))
}

export function nextFetchAt(args: { now: Date; intervalMinutes: number; errorCount: number; retryAfter?: Date | null }): Date {
  const { now, intervalMinutes, errorCount, retryAfter } = args
  const scheduled = new Date(now.getTime() + backoffMinutes(intervalMinutes, errorCount) * 60_000)
  return retryAfter && retryAfter.getTime() > scheduled.getTime() ? retryAfter : scheduled
}

/** Longest wait a Retry-After may ask for (a week); a larger one is taken as this. */
export const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60 * 1000

/** A Retry-After header (seconds or an HTTP date) as the moment to wait until; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: Date): Date | undefined {
  if (header == null) return undefined
  const value = header.trim()
  if (value === '') return undefined
  let wait: number
  if (/^\d+$/.test(value)) {
    wait = Number(value) * 1000
  } else {
    const date = Date.parse(value)
    if (Number.isNaN(date)) return undefined
    wait = date - now.getTime()
  }
  if (wait <= 0) return undefined
  return new Date(now.getTime() + Math.min(wait, MAX_RETRY_AFTER_MS))
}
