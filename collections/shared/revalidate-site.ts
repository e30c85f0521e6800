import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { PUBLISHED_CONTENT_TAG } from '../../src/site/published-content-tag'

/**
 * Expires the site's cached pages at once. Inside Next.js (REST, GraphQL, admin) this takes effect
 * for the next request; outside it (scripts, tests, the jobs runner's timer) Next.js has no cache to
 * expire here, and the cache's own short lifetime covers scheduled publications.
 */
export function revalidateSite(payload: Payload): void {
  try {
    revalidateTag(PUBLISHED_CONTENT_TAG, { expire: 0 })
  } catch (error) {
    payload.logger.debug({ msg: 'Not inside a Next.js request; no page cache to revalidate', err: error })
  }
}

type Doc = { _status?: string | null }

/** Revalidates when published content changes: a publication, a correction, or a change to a published record. */
export const revalidateOnPublishedChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  const touchesPublished = (doc as Doc)._status !== 'draft' || (previousDoc as Doc | undefined)?._status === 'published'
  if (touchesPublished && !req.context.disableRevalidate) revalidateSite(req.payload)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) revalidateSite(req.payload)
  return doc
}
