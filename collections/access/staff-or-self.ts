import type { Access } from 'payload'

import { isStaff } from '../../src/access/predicates'

/** Staff see colleagues (to assign and credit them); a user without a role sees only themselves. */
export const staffOrSelfAccess: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
