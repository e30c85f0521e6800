import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook } from 'payload'

import type { Release } from '../../../payload-types'
import { PUBLISHED_CONTENT_TAG } from '../../../src/site/published-content-tag'

/**
 * Reader pages are a function of releases: a new release (or a newer one taking over) expires them
 * at once. Inside Next.js (REST, GraphQL, admin) this takes effect for the next request; outside it
 * (scripts, tests, the jobs runner's timer) there is no page cache here to expire, and the cache's
 * own short lifetime covers it.
 */
export const revalidateReaders: CollectionAfterChangeHook<Release> = ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  try {
    revalidateTag(PUBLISHED_CONTENT_TAG, { expire: 0 })
  } catch (error) {
    req.payload.logger.debug({ msg: 'Not inside a Next.js request; no page cache to revalidate', err: error })
  }
  return doc
}
