import type { Access } from 'payload'

import { isAdmin } from '../../src/access/predicates'

/** Admins reach every user; anybody else only their own account. */
export const adminOrSelfAccess: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
