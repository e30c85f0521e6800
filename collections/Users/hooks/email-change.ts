import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '../../../payload-types'
import { toDocumentIdOrNull } from '../../../services/payload/document-id'
import { SLUGS } from '../../../src/collection-slugs'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '../../../src/security/client-address'
import { EMAIL_CHANGE_KEY, type EmailChange } from './password-change'

const isEmailChange = (value: unknown): value is EmailChange =>
  typeof value === 'object' && value !== null && 'id' in value && 'from' in value && 'to' in value

/**
 * After an account's e-mail changed (password-change.ts let it through): the old address is told,
 * so its owner learns of a takeover, and the change is recorded in the account trail
 * (`sign-in-events`, kind `email-change`) with who made it — the owner, or the admin who changed
 * someone else's address. The trail is written by the system, never through the API.
 */
export const recordEmailChange: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  const change: unknown = req.context[EMAIL_CHANGE_KEY]
  if (operation !== 'update' || !isEmailChange(change) || change.id !== String(doc.id)) return doc
  delete req.context[EMAIL_CHANGE_KEY]
  const actor = req.user ? toDocumentIdOrNull(req.user.id) : null
  const byAdmin = req.user !== null && req.user !== undefined && String(req.user.id) !== String(doc.id)
  await req.payload.create({
    collection: SLUGS.signInEvents,
    data: {
      email: change.from,
      kind: 'email-change',
      outcome: 'succeeded',
      user: toDocumentIdOrNull(doc.id),
      actor,
      detail: `${change.from} → ${change.to}${byAdmin ? ` (by ${req.user?.email ?? String(actor)})` : ''}`,
      address: clientAddressOf(req.headers.get(CLIENT_ADDRESS_HEADER)),
      userAgent: req.headers.get('user-agent')?.slice(0, 300),
    },
    overrideAccess: true,
    req,
  })
  if (!change.from) return doc
  try {
    await req.payload.sendEmail({
      to: change.from,
      subject: '账号邮箱已更改 · Your account e-mail was changed · 智库观察',
      text:
        `智库观察账号「${doc.name}」的登录邮箱已由 ${change.from} 改为 ${change.to}${byAdmin ? '（由管理员修改）' : ''}。如果不是你本人操作，请立即联系管理员。\n\n` +
        `The sign-in e-mail of the Zhiku account "${doc.name}" was changed from ${change.from} to ${change.to}${byAdmin ? ' by an administrator' : ''}. ` +
        'If you did not do this, contact an administrator at once.\n',
    })
  } catch (error) {
    // The change is saved and recorded; a mail server that is down must not undo it.
    req.payload.logger.error({ err: error, msg: `Could not tell ${change.from} that the account's e-mail changed` })
  }
  return doc
}
