/*
 * Subscription requests are limited per address and per client within a window; the counts come
 * from stored attempts (so the limit holds across server instances and on either database).
 */
export const SUBSCRIBE_WINDOW_MS = 60 * 60 * 1000
export const SUBSCRIBE_LIMITS = { perAddress: 3, perClient: 10 } as const

export type SubscribeCounts = { address: number; client: number }

/** Why this attempt is over the limit, or null: counts are of earlier attempts in the window. */
export function subscribeLimitReached(counts: SubscribeCounts, limits: { perAddress: number; perClient: number } = SUBSCRIBE_LIMITS): 'address' | 'client' | null {
  if (counts.client >= limits.perClient) return 'client'
  if (counts.address >= limits.perAddress) return 'address'
  return null
}
