import type { Say } from '../checks/say'
import type { LeadStatus } from './vocabulary'
import { WATCH_MESSAGES } from './watch-messages'

/*
 * Triage of a lead: new → claimed → used (by starting an article) or skipped (with a reason).
 * Pure: the leads hook passes the stored lead, the change and who makes it.
 */

export type LeadTriageState = {
  status?: LeadStatus | null
  claimedBy?: number | string | null
  skipReason?: string | null
  source?: number | string | null
  article?: number | string | null
}

export type LeadTriageVerdict =
  | { ok: true; patch: Partial<LeadTriageState> }
  | { ok: false; status: 400 | 409; reason: string }

export function judgeLeadTriage(args: {
  before: LeadTriageState | undefined
  after: LeadTriageState
  actorId: number | string | undefined
  /** The start-article service marks the lead used; nobody sets `used` by hand. */
  startingArticle: boolean
  /** The language of the refusal (the request's). */
  say: Say
}): LeadTriageVerdict {
  const { before, after, actorId, startingArticle, say } = args
  const from = before?.status ?? 'new'
  const to = after.status ?? from
  if (from === 'used' && to !== 'used') {
    return { ok: false, status: 409, reason: WATCH_MESSAGES.leadUsed(say) }
  }
  if (to === 'used' && from !== 'used' && !startingArticle) {
    return {
      ok: false,
      status: 400,
      reason: WATCH_MESSAGES.usedOnlyByStarting(say),
    }
  }
  if (to === 'skipped' && !(after.skipReason ?? '').trim()) {
    return { ok: false, status: 400, reason: WATCH_MESSAGES.skipNeedsReason(say) }
  }
  if (to === 'claimed' && from !== 'claimed' && after.claimedBy == null && actorId != null) {
    return { ok: true, patch: { claimedBy: actorId } }
  }
  if (to === 'new' && from !== 'new') return { ok: true, patch: { claimedBy: null, skipReason: null } }
  return { ok: true, patch: {} }
}
