import type { DeliveryKind } from './delivery-status'

/**
 * How a release came to be. Only the review chain publishes new issues to subscribers; the other
 * origins record issues that readers of the newsletter have already had, or never subscribed for.
 */
export const RELEASE_ORIGINS = ['chain', 'archive', 'demo', 'backfill'] as const
export type ReleaseOrigin = (typeof RELEASE_ORIGINS)[number]

export type ReleaseMailQuestion = {
  origin: ReleaseOrigin
  isCorrection: boolean
  /** An editor asked for a correction notice (POST /api/issues/:id/correction-notice). */
  correctionNoticeChosen: boolean
}

/**
 * Which mail, if any, a release goes out as — the one rule, in one place:
 * a new issue published through the chain is mailed as the issue; a correction is not mailed again,
 * except as a short correction notice when an editor chooses one; archive imports, the demo issue
 * and backfilled releases are never mailed.
 */
export function releaseMail({ origin, isCorrection, correctionNoticeChosen }: ReleaseMailQuestion): DeliveryKind | null {
  if (origin !== 'chain') return null
  if (isCorrection) return correctionNoticeChosen ? 'correction' : null
  return correctionNoticeChosen ? null : 'issue'
}

/**
 * The origin a release write names in its request context. The chain's own writes name none; any
 * other value must be a known origin, so a misspelt one cannot turn an archive import into a mailing.
 */
export function releaseOriginOf(named: unknown): ReleaseOrigin {
  if (named === undefined) return 'chain'
  if (RELEASE_ORIGINS.includes(named as ReleaseOrigin)) return named as ReleaseOrigin
  throw new Error(`Unknown release origin: ${JSON.stringify(named)}`)
}
