import type { CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '../../../payload-types'
import { leadSortAt } from '../../../src/watch/lead-sort-date'

/** `sortAt` follows the publication date, or when the lead was first seen (src/watch/lead-sort-date.ts); nobody sets it by hand. */
export const setLeadSortDate: CollectionBeforeChangeHook<Lead> = ({ data, originalDoc }) => {
  const publishedAt = data.publishedAt !== undefined ? data.publishedAt : originalDoc?.publishedAt
  const createdAt = originalDoc?.createdAt ?? data.createdAt
  return { ...data, sortAt: leadSortAt({ publishedAt, createdAt }, new Date()) }
}
