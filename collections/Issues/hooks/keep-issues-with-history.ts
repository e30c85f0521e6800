import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { sayFor } from '../../../services/payload/request-language'
import { SLUGS } from '../../../src/collection-slugs'

/**
 * An issue that has entered the review chain has an audit trail, which must outlive nothing it
 * refers to: such an issue cannot be deleted (a draft that never left draft can).
 */
export const keepIssuesWithHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: SLUGS.workflowEvents, where: { issue: { equals: id } }, req })
  if (totalDocs > 0) {
    throw new APIError(sayFor(req)('已进入审核流程的期刊有审核记录，不能删除。', 'This issue has a review history, so it cannot be deleted.'), 409)
  }
}
