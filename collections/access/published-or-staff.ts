import type { Access } from 'payload'

import { isStaff } from '../../src/access/predicates'

/** Readers see the published revision only; staff see every revision. */
export const publishedOrStaffAccess: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  return { _status: { equals: 'published' } }
}
