import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '../../../payload-types'
import { requestLanguage } from '../../../services/payload/request-language'
import { isStartingArticle } from '../../../services/watch/lead-context'
import { idOf } from '../../../src/content/ids'
import { judgeLeadTriage } from '../../../src/watch/lead-triage'

/** Claim, skip (with a reason), used only by starting an article (src/watch/lead-triage.ts). */
export const guardLeadTriage: CollectionBeforeChangeHook<Lead> = ({ data, originalDoc, req }) => {
  // A PATCH carries only what changes: the rest is as stored.
  const pick = <K extends 'status' | 'claimedBy' | 'skipReason'>(key: K) => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const verdict = judgeLeadTriage({
    before: originalDoc
      ? { status: originalDoc.status, claimedBy: idOf(originalDoc.claimedBy), skipReason: originalDoc.skipReason }
      : undefined,
    after: { status: pick('status'), claimedBy: idOf(pick('claimedBy')) ?? null, skipReason: pick('skipReason') },
    actorId: req.user?.id,
    startingArticle: isStartingArticle(req),
    language: requestLanguage(req),
  })
  if (!verdict.ok) throw new APIError(verdict.reason, verdict.status)
  return { ...data, ...verdict.patch }
}
