import type { CollectionAfterChangeHook } from 'payload'

import type { Release } from '../../../payload-types'
import { queueReleaseMail } from '../../../services/distribution/send-newsletter'
import { RELEASE_ORIGIN } from '../../../services/distribution/settings'
import { releaseMail, releaseOriginOf } from '../../../src/distribution/mail-policy'

/**
 * A new release is mailed to its newsletter's confirmed subscribers when `releaseMail` says so (a new
 * issue through the chain; never a correction, an archive import, the demo or a backfill), by a job
 * queued in the same transaction as the release.
 */
export const queueNewsletter: CollectionAfterChangeHook<Release> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const kind = releaseMail({ origin: releaseOriginOf(req.context[RELEASE_ORIGIN]), isCorrection: Boolean(doc.isCorrection), correctionNoticeChosen: false })
  if (kind) await queueReleaseMail(req.payload, doc.id, kind, req)
  return doc
}
