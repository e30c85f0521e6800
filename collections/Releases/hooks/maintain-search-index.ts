import type { CollectionAfterChangeHook } from 'payload'

import type { Release } from '../../../payload-types'
import { addToIndex, unindexRelease } from '../../../services/search/search-index'

/** A release that becomes current is indexed for search; one handing over `latest` leaves the index. */
export const maintainSearchIndex: CollectionAfterChangeHook<Release> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'create' && doc.latest) await addToIndex(req, doc)
  else if (operation === 'update' && previousDoc?.latest && !doc.latest) await unindexRelease(req, doc.claim)
  return doc
}
