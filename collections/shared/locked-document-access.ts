import { APIError, type Access, type CollectionBeforeChangeHook } from 'payload'

import { isAdmin, isSelf } from '../../src/access/predicates'
import { idOf } from '../../src/content/ids'

/*
 * Document locks (`payload-locked-documents`): a person creates, updates and deletes only locks held
 * in their own name; an admin may clear anyone's. (Payload's default lets any signed-in user do all
 * of it, so an editor could lock a document in the admin's name or delete every lock.)
 */
export const ownLocksOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  return { 'user.value': { equals: req.user.id } }
}

export const lockHeldBySelf: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || isAdmin(req.user)) return data
  const holder = (data as { user?: { value?: unknown } | null }).user
  if (holder !== undefined && !isSelf(req.user, idOf(holder?.value))) {
    throw new APIError('A document lock can only be held in your own name.', 403)
  }
  return data
}
