import type { FieldAccess } from 'payload'

import { isStaff } from '../../src/access/predicates'

/** Field-level: only staff read it (assignments, sign-off details, internal notes). */
export const staffFieldAccess: FieldAccess = ({ req }) => isStaff(req.user)
