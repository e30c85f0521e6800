import { APIError, type CollectionAfterChangeHook, type CollectionBeforeOperationHook } from 'payload'

import type { User } from '../../../payload-types'
import { isSelf } from '../../../src/access/predicates'
import { SLUGS } from '../../../src/collection-slugs'
import { passwordMatches } from '../../../src/security/password-hash'

const CONTEXT_KEY = 'passwordChangedFor'

type Session = { id: string; createdAt?: unknown; expiresAt?: unknown }

/**
 * A password change through the API: changing your own needs `currentPassword` (400 without it,
 * 403 when wrong), so a stolen session cannot take the account over; the change is remembered so the
 * other sessions can be ended once it is saved. Scripts using the Local API without a user are exempt.
 */
export const checkPasswordChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
  if (!data) return args
  // Never stored or returned (the admin's account view sends it as the virtual field of that name).
  const currentPassword = data.currentPassword
  delete data.currentPassword
  if (data.password === undefined) return args
  if (id === undefined || id === null) throw new APIError('Set passwords one user at a time (PATCH /api/users/:id).', 400)
  if (req.user && isSelf(req.user, id)) {
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      throw new APIError('Enter your current password to set a new one (as "currentPassword"). 修改密码需要填写当前密码。', 400)
    }
    const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({ collection: SLUGS.users, where: { id: { equals: id } }, req })
    if (!stored || !(await passwordMatches(currentPassword, stored))) {
      throw new APIError('The current password is not right. 当前密码不正确。', 403)
    }
  }
  req.context[CONTEXT_KEY] = String(id)
  return args
}

/** After a password change, only the session that made it (if it was the user's own) stays signed in. */
export const endOtherSessions: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'update' || req.context[CONTEXT_KEY] !== String(doc.id)) return doc
  delete req.context[CONTEXT_KEY]
  const stored = await req.payload.db.findOne<{ id: number | string; sessions?: Session[] }>({ collection: SLUGS.users, where: { id: { equals: doc.id } }, req })
  const currentSid = isSelf(req.user, doc.id) ? (req.user as { _sid?: string } | null)?._sid : undefined
  const keep = (stored?.sessions ?? []).filter((session) => currentSid !== undefined && session.id === currentSid)
  await req.payload.db.updateOne({ collection: SLUGS.users, id: doc.id, data: { sessions: keep }, req, returning: false })
  return doc
}
