import type { CollectionAfterChangeHook } from 'payload'

import type { Release } from '../../../payload-types'
import { announceReaderTags } from '../../../services/instance-events/announce-reader-tags'
import { purgeCdn } from '../../../services/reader-cache/cdn-purge'
import { AFTER_COMMIT_MS, expireReaderTags } from '../../../services/reader-cache/expire-reader-tags'
import { releasePurgeTags } from '../../../services/reader-cache/release-purge-tags'

/**
 * Reader pages are a function of releases: a new release (or an older one handing over `latest`)
 * expires only the pages it changes — its issue and articles, the lists it is in, its neighbours —
 * in the response cache and Next.js's data cache of this process, and announces them to every
 * instance on the same database (services/instance-events), inside the write's transaction so they
 * hear of it when it commits. A script's release writes reach the running servers the same way.
 */
export const revalidateReaders: CollectionAfterChangeHook<Release> = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  const tags = await releasePurgeTags(req, doc)
  expireReaderTags(tags)
  await announceReaderTags(req.payload, tags, req)
  // Inside a transaction, a page rendered before the commit could still read the old data.
  if (req.transactionID) setTimeout(() => expireReaderTags(tags), AFTER_COMMIT_MS).unref()
  // A CDN in front is purged once the release is readable here, so it cannot fetch the old page again.
  const purgeInFront = () =>
    purgeCdn(tags).catch((error: unknown) => req.payload.logger.error({ err: error, msg: `CDN purge of ${tags.length} tags failed` }))
  if (req.transactionID) setTimeout(() => void purgeInFront(), AFTER_COMMIT_MS)
  else await purgeInFront()
  return doc
}
