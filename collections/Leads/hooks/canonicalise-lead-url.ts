import type { CollectionBeforeValidateHook } from 'payload'

import type { Lead } from '../../../payload-types'
import { canonicalUrl } from '../../../src/watch/canonical-url'

/** Every way in stores the canonical URL, so the unique index compares like with like. */
export const canonicaliseLeadUrl: CollectionBeforeValidateHook<Lead> = ({ data }) => {
  if (typeof data?.url !== 'string') return data
  const canonical = canonicalUrl(data.url)
  return canonical ? { ...data, url: canonical } : data
}
