import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { sayFor } from '../payload/request-language'

const notReleased = (req: PayloadRequest) => new APIError(sayFor(req)('该期刊尚无已发布版本。', 'No published release of this issue.'), 404)

/** An issue id from the path in the database's id type, or 404: a malformed id names no issue. */
function issueIdFrom(req: PayloadRequest, idType: 'number' | 'text'): number | string {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string' || raw === '') throw notReleased(req)
  if (idType !== 'number') return raw
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw notReleased(req)
  return Number(raw)
}

/**
 * `GET /api/issues/:id/release[?revision=N]`, for anyone: the release readers get of an issue (or an
 * earlier one), with the hash of its canonical content and who signed it — enough to recompute the
 * hash and compare it with the page (meta `zhiku-release-hash`) and the audit log.
 */
export const issueReleaseEndpoint: Endpoint = {
  path: '/:id/release',
  method: 'get',
  handler: async (req) => {
    const issueId = issueIdFrom(req, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')
    const revisionParam = req.searchParams.get('revision')
    if (revisionParam !== null && !/^[1-9][0-9]{0,5}$/.test(revisionParam)) throw new APIError(sayFor(req)('revision 必须是正整数。', 'revision must be a positive whole number.'), 400)
    const found = await req.payload.find({
      collection: SLUGS.releases,
      where: {
        and: [{ issue: { equals: issueId } }, revisionParam === null ? { latest: { equals: true } } : { revision: { equals: Number(revisionParam) } }],
      },
      sort: '-revision',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: false,
      user: null,
    })
    const release = found.docs[0]
    if (!release) throw notReleased(req)
    return Response.json(
      { revision: release.revision, hash: release.hash, publishedAt: release.publishedAt, signoffs: release.signoffs, content: release.content },
      { headers: { 'cache-control': 'public, max-age=60' } },
    )
  },
}
