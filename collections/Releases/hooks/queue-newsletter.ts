import type { CollectionAfterChangeHook } from 'payload'

import type { Release } from '../../../payload-types'
import { queueReleaseMail } from '../../../services/distribution/send-newsletter'
import { SKIP_NEWSLETTER } from '../../../services/distribution/settings'

/**
 * A new release of an issue is mailed to its newsletter's confirmed subscribers, by a job queued in
 * the same transaction as the release. Corrections are not mailed again (an editor may send a short
 * correction notice instead: POST /api/issues/:id/correction-notice).
 */
export const queueNewsletter: CollectionAfterChangeHook<Release> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.isCorrection || req.context[SKIP_NEWSLETTER]) return doc
  await queueReleaseMail(req.payload, doc.id, 'issue', req)
  return doc
}
