import type { AdminLanguage } from '../i18n/admin-language'
import { sayIn } from '../i18n/say'
import type { Role } from './roles'

/** The minimum of a user that access decisions look at; Payload's user documents satisfy it. */
export type Actor = { id: number | string; roles?: readonly Role[] | null } | null | undefined

export const hasRole = (actor: Actor, role: Role): boolean => Boolean(actor?.roles?.includes(role))

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  roles.some((role) => hasRole(actor, role))

export const isAdmin = (actor: Actor): boolean => hasRole(actor, 'admin')

/** Staff are signed-in people holding at least one role; they may see unpublished work. */
export const isStaff = (actor: Actor): boolean => Boolean(actor?.roles && actor.roles.length > 0)

/** Editors (and admins) write content in the draft stage. */
export const canEditContent = (actor: Actor): boolean => hasAnyRole(actor, ['admin', 'editor'])

export const isSelf = (actor: Actor, userId: number | string | undefined): boolean =>
  actor != null && userId != null && String(actor.id) === String(userId)

const sameRoles = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|')

export type RoleChangeVerdict = { allowed: true } | { allowed: false; reason: string }

/**
 * Only an admin changes roles, and never their own: nobody grants themselves a role, and the
 * last admin cannot lock everybody out by demoting themselves.
 */
export function judgeRoleChange(args: {
  actor: Actor
  targetId: number | string | undefined
  before: readonly string[]
  after: readonly string[]
  /** The language of the reason (the request's); Chinese by default. */
  language?: AdminLanguage
}): RoleChangeVerdict {
  const { actor, targetId, before, after } = args
  const say = sayIn(args.language ?? 'zh')
  if (sameRoles(before, after)) return { allowed: true }
  if (!isAdmin(actor)) {
    return { allowed: false, reason: say('只有管理员可以修改角色。', 'Only an administrator can change roles.') }
  }
  if (isSelf(actor, targetId)) {
    return { allowed: false, reason: say('不能修改自己的角色；请另一位管理员修改。', 'Nobody can change their own roles; ask another administrator.') }
  }
  return { allowed: true }
}
