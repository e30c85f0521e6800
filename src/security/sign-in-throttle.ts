export type ThrottlePolicy = {
  /** Failures allowed before any delay. */
  free: number
  /** The first delay; each further failure doubles it. */
  baseMs: number
  /** The longest delay. */
  capMs: number
}

/**
 * Per account the delay stays short, so nobody can keep a colleague out for long by typing wrong
 * passwords in their name; per client address it grows to a quarter of an hour, which is what stops
 * one machine guessing.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = { free: 3, baseMs: 1_000, capMs: 30_000 }
export const ADDRESS_POLICY: ThrottlePolicy = { free: 10, baseMs: 1_000, capMs: 15 * 60_000 }

/** Failures older than this (or before the last success) no longer count. */
export const THROTTLE_WINDOW_MS = 15 * 60_000

export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.free) return 0
  const doublings = Math.min(failures - policy.free - 1, 30)
  return Math.min(policy.baseMs * 2 ** doublings, policy.capMs)
}

/** How long (ms) the caller must still wait before the next attempt counts; 0 when it may try now. */
export function waitBeforeNextAttempt(args: { failures: number; lastFailureAt: Date | null; now: Date; policy: ThrottlePolicy }): number {
  const { failures, lastFailureAt, now, policy } = args
  if (!lastFailureAt) return 0
  const readyAt = lastFailureAt.getTime() + delayAfter(failures, policy)
  return Math.max(0, readyAt - now.getTime())
}
