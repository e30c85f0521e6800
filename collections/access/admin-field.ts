import type { FieldAccess } from 'payload'

import { isAdmin } from '../../src/access/predicates'

/** Field-level: only admins read it (text that may quote a subscriber's address). */
export const adminFieldAccess: FieldAccess = ({ req }) => isAdmin(req.user)
