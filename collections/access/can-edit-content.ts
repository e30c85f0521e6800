import type { Access } from 'payload'

import { canEditContent } from '../../src/access/predicates'

export const canEditContentAccess: Access = ({ req }) => canEditContent(req.user)
