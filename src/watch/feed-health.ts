/*
 * The feed health view: which feeds fail, since when and why. Pure: the view reads the feeds and passes
 * the fields the fetcher keeps.
 */

export type FeedHealthState = 'failing' | 'never' | 'ok' | 'inactive'

export type FeedHealthInput = {
  id: number | string
  active?: boolean | null
  lastFetchedAt?: string | null
  lastStatus?: string | null
  lastError?: string | null
  errorCount?: number | null
  failingSince?: string | null
}

/** A feed in trouble is one whose last fetch failed (errors in a row), whether or not it is still active. */
export function feedHealthState(feed: FeedHealthInput): FeedHealthState {
  if ((feed.errorCount ?? 0) > 0 || feed.lastStatus === 'error') return 'failing'
  if (feed.active === false) return 'inactive'
  if (!feed.lastFetchedAt) return 'never'
  return 'ok'
}

const ORDER: Record<FeedHealthState, number> = { failing: 0, never: 1, ok: 2, inactive: 3 }

const time = (iso: string | null | undefined) => {
  const value = iso ? Date.parse(iso) : Number.NaN
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value
}

/**
 * Failing feeds first, the longest-failing of them first (then by errors in a row); then feeds not
 * fetched yet, healthy ones, and inactive ones last. Stable by id within a group.
 */
export function sortFeedsByHealth<T extends FeedHealthInput>(feeds: readonly T[]): T[] {
  return [...feeds].sort((a, b) => {
    const stateA = feedHealthState(a)
    const stateB = feedHealthState(b)
    if (stateA !== stateB) return ORDER[stateA] - ORDER[stateB]
    if (stateA === 'failing') {
      const since = time(a.failingSince) - time(b.failingSince)
      if (since !== 0 && !Number.isNaN(since)) return since
      const count = (b.errorCount ?? 0) - (a.errorCount ?? 0)
      if (count !== 0) return count
    }
    return String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
  })
}

/** How many of `feeds` are failing, for the headline and the dashboard. */
export const countFailing = (feeds: readonly FeedHealthInput[]): number => feeds.filter((feed) => feedHealthState(feed) === 'failing').length
