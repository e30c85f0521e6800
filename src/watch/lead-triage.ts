import type { AdminLanguage } from '../i18n/admin-language'
import { sayIn } from '../i18n/say'
import type { LeadStatus } from './vocabulary'

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
  /** The language of the reason (the request's); Chinese by default. */
  language?: AdminLanguage
}): LeadTriageVerdict {
  const { before, after, actorId, startingArticle } = args
  const say = sayIn(args.language ?? 'zh')
  const from = before?.status ?? 'new'
  const to = after.status ?? from
  if (from === 'used' && to !== 'used') {
    return { ok: false, status: 409, reason: say('该线索已用于文章，状态保持“已采用”。', 'This lead was already used for an article; its status stays "used".') }
  }
  if (to === 'used' && from !== 'used' && !startingArticle) {
    return {
      ok: false,
      status: 400,
      reason: say('请通过“开始写文章”采用线索。', 'A lead becomes "used" by starting an article from it (POST /api/leads/:id/start-article).'),
    }
  }
  if (to === 'skipped' && !(after.skipReason ?? '').trim()) {
    return { ok: false, status: 400, reason: say('跳过线索须填写原因。', 'Skipping a lead needs a reason (skipReason).') }
  }
  if (to === 'claimed' && from !== 'claimed' && after.claimedBy == null && actorId != null) {
    return { ok: true, patch: { claimedBy: actorId } }
  }
  if (to === 'new' && from !== 'new') return { ok: true, patch: { claimedBy: null, skipReason: null } }
  return { ok: true, patch: {} }
}
