import type { Access } from 'payload'

import { isAdmin } from '../../src/access/predicates'

export const isAdminAccess: Access = ({ req }) => isAdmin(req.user)
