import { APIError, type CollectionAfterChangeHook, type CollectionBeforeOperationHook } from 'payload'

import type { User } from '../../../payload-types'
import { sayFor } from '../../../services/payload/request-language'
import { isSelf } from '../../../src/access/predicates'
import { SLUGS } from '../../../src/collection-slugs'
import { emailChangeOf } from '../../../src/security/account-email'
import { passwordMatches } from '../../../src/security/password-hash'

const CONTEXT_KEY = 'passwordChangedFor'
/** The e-mail change a save makes, for the after-change hook (email-change.ts). */
export const EMAIL_CHANGE_KEY = 'emailChange'
export type EmailChange = { id: string; from: string; to: string }

type Session = { id: string; createdAt?: unknown; expiresAt?: unknown }
type StoredUser = { id: number | string; email?: string; hash?: string; salt?: string }

/**
 * A change of credentials through the API — the password or the e-mail address: changing your own
 * needs `currentPassword` (400 without it, 403 when wrong), so a stolen session cannot take the
 * account over (a new address, then "forgot password"). Either change ends the account's other
 * sessions once it is saved; an e-mail change is also remembered for email-change.ts (mail to the old
 * address, the audit trail). Scripts using the Local API without a user are exempt from the password.
 */
export const checkPasswordChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
  if (!data) return args
  // Never stored or returned (the admin's account view sends it as the virtual field of that name).
  const currentPassword = data.currentPassword
  delete data.currentPassword
  if (data.password === undefined && data.email === undefined) return args
  const say = sayFor(req)
  if (id === undefined || id === null) {
    throw new APIError(say('请逐个用户修改密码和邮箱（PATCH /api/users/:id）。', 'Change passwords and e-mail addresses one user at a time (PATCH /api/users/:id).'), 400)
  }
  const stored = await req.payload.db.findOne<StoredUser>({ collection: SLUGS.users, where: { id: { equals: id } }, req })
  const emailChange = stored ? emailChangeOf(stored.email, data.email) : null
  if (data.password === undefined && !emailChange) return args
  if (req.user && isSelf(req.user, id)) {
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      const what = say(data.password === undefined ? '邮箱' : '密码', data.password === undefined ? 'your e-mail address' : 'a new password')
      // The field stays named in the answer's data, whatever the message's language.
      throw new APIError(say(`修改${what}需要填写当前密码。`, `Enter your current password to set ${what} (as "currentPassword").`), 400, {
        code: 'current-password-required',
        field: 'currentPassword',
      })
    }
    if (!stored || !(await passwordMatches(currentPassword, stored))) {
      throw new APIError(say('当前密码不正确。', 'The current password is not right.'), 403)
    }
  }
  req.context[CONTEXT_KEY] = String(id)
  if (emailChange) req.context[EMAIL_CHANGE_KEY] = { id: String(id), ...emailChange } satisfies EmailChange
  return args
}

/** After a password or e-mail change, only the session that made it (if it was the user's own) stays signed in. */
export const endOtherSessions: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'update' || req.context[CONTEXT_KEY] !== String(doc.id)) return doc
  delete req.context[CONTEXT_KEY]
  const stored = await req.payload.db.findOne<{ id: number | string; sessions?: Session[] }>({ collection: SLUGS.users, where: { id: { equals: doc.id } }, req })
  const currentSid = isSelf(req.user, doc.id) ? (req.user as { _sid?: string } | null)?._sid : undefined
  const keep = (stored?.sessions ?? []).filter((session) => currentSid !== undefined && session.id === currentSid)
  await req.payload.db.updateOne({ collection: SLUGS.users, id: doc.id, data: { sessions: keep }, req, returning: false })
  return doc
}
