import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Issue } from '../../../payload-types'
import { sayFor } from '../../../services/payload/request-language'
import { SLUGS } from '../../../src/collection-slugs'
import { idOf } from '../../../src/content/ids'

/** Issue numbers are unique within a newsletter (海外智库观察 No. 12 exists once). */
export const ensureUniqueNumber: CollectionBeforeValidateHook<Issue> = async ({ data, originalDoc, req }) => {
  const newsletter = idOf(data?.newsletter ?? originalDoc?.newsletter)
  const number = data?.number ?? originalDoc?.number
  if (newsletter === undefined || typeof number !== 'number') return data
  // A save that keeps the newsletter and number makes no clash: each was checked when it was set.
  const unchanged = originalDoc !== undefined && String(idOf(originalDoc.newsletter)) === String(newsletter) && originalDoc.number === number
  if (unchanged) return data
  const clash = await req.payload.find({
    collection: SLUGS.issues,
    where: {
      and: [
        { newsletter: { equals: newsletter } },
        { number: { equals: number } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { number: true },
    depth: 0,
    limit: 1,
    draft: true,
    pagination: false,
    req,
  })
  if (clash.docs.length > 0) {
    throw new ValidationError({
      collection: SLUGS.issues,
      errors: [{ path: 'number', message: sayFor(req)(`本专栏已有第 ${number} 期。`, `This newsletter already has issue No. ${number}.`) }],
      req,
    })
  }
  return data
}
