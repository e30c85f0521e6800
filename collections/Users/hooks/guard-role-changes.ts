import { APIError, type CollectionBeforeValidateHook } from 'payload'

import type { User } from '../../../payload-types'
import { requestLanguage } from '../../../services/payload/request-language'
import { judgeRoleChange } from '../../../src/access/predicates'

/**
 * Role changes are refused with 403 (not silently dropped) unless an admin changes someone else's.
 * Calls without a user are the system itself (seeding, first-user registration): access control
 * already refused anonymous requests before this hook runs.
 */
export const guardRoleChanges: CollectionBeforeValidateHook<User> = ({ data, originalDoc, req, operation }) => {
  if (!req.user || !data || !('roles' in data)) return data
  const verdict = judgeRoleChange({
    actor: req.user,
    targetId: operation === 'update' ? originalDoc?.id : undefined,
    before: operation === 'update' ? (originalDoc?.roles ?? []) : [],
    after: data.roles ?? [],
    language: requestLanguage(req),
  })
  if (!verdict.allowed) throw new APIError(verdict.reason, 403)
  return data
}
