import type { Access, Where } from 'payload'

import { isStaff } from '../../src/access/predicates'
import { publicContentIds, type PublicContentIds } from './public-content'

/**
 * Readers see an article, source or think tank only while a published issue contains it; staff see
 * everything. `extra` narrows further (articles must themselves be published).
 */
export const inPublishedIssueAccess =
  (pick: keyof PublicContentIds, extra?: Where): Access =>
  async ({ req }) => {
    if (isStaff(req.user)) return true
    const ids = (await publicContentIds(req))[pick]
    if (ids.length === 0) return false
    const inIssue: Where = { id: { in: ids } }
    return extra ? { and: [inIssue, extra] } : inIssue
  }
