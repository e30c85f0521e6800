import type { Access, PayloadRequest } from 'payload'

import { memoInRequest } from '../../services/payload/request-memo'
import { isStaff } from '../../src/access/predicates'
import { SLUGS } from '../../src/collection-slugs'

/*
 * Which images releases show, read beneath access control: this decides what readers may see, so
 * running it through the reader's access would recurse into the rule it serves. Once per request.
 */
const releasedCoverFilenames = (req: PayloadRequest): Promise<string[]> =>
  memoInRequest(req, 'releasedCoverFilenames', async () => {
    const releases = await req.payload.find({
      collection: SLUGS.releases,
      where: { coverFilename: { exists: true } },
      select: { coverFilename: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    return [...new Set(releases.docs.flatMap((release) => (release.coverFilename ? [release.coverFilename] : [])))]
  })

/** Staff see every image; readers only those a release shows (an image only drafts use stays private). */
export const releasedMediaAccess: Access = async ({ req }) => {
  if (isStaff(req.user)) return true
  const filenames = await releasedCoverFilenames(req)
  return filenames.length === 0 ? false : { filename: { in: filenames } }
}
