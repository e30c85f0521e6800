import { APIError, NotFound, type PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { sayFor } from '../payload/request-language'
import { readAs } from './read-as'

/** The latest revision of an issue (a draft in progress, or the published one), or 404. */
export async function findLatestIssue(req: PayloadRequest, id: Id): Promise<Issue> {
  try {
    return await req.payload.findByID({ collection: SLUGS.issues, id, draft: true, depth: 0, req, ...readAs(req) })
  } catch (error) {
    if (error instanceof NotFound) throw new APIError(sayFor(req)(`找不到期刊 ${id}。`, `Issue ${id} not found.`), 404)
    throw error
  }
}
