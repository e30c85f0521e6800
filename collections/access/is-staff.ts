import type { Access } from 'payload'

import { isStaff } from '../../src/access/predicates'

export const isStaffAccess: Access = ({ req }) => isStaff(req.user)
