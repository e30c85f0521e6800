import { describe, expect, it } from 'vitest'

import { canEditContent, hasRole, isAdmin, isStaff, judgeRoleChange } from '../../src/access/predicates'
import { isRole, ROLES } from '../../src/access/roles'

const user = (id: number, ...roles: (typeof ROLES)[number][]) => ({ id, roles })

describe('role predicates', () => {
  it('treats anonymous readers as having no role', () => {
    expect(isStaff(null)).toBe(false)
    expect(isStaff(undefined)).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
  })

  it('counts a signed-in person without any role as not staff', () => {
    expect(isStaff({ id: 1, roles: [] })).toBe(false)
    expect(isStaff(user(1, 'reviewer'))).toBe(true)
  })

  it('lets editors and admins edit content, and nobody else', () => {
    expect(canEditContent(user(1, 'editor'))).toBe(true)
    expect(canEditContent(user(1, 'admin'))).toBe(true)
    for (const role of ['reviewer', 'layout', 'final-approver'] as const) {
      expect(canEditContent(user(1, role))).toBe(false)
    }
  })

  it('recognises a person holding several roles', () => {
    const both = user(1, 'layout', 'final-approver')
    expect(hasRole(both, 'layout') && hasRole(both, 'final-approver')).toBe(true)
    expect(isAdmin(both)).toBe(false)
  })

  it('knows the role names and nothing else', () => {
    expect(ROLES.every(isRole)).toBe(true)
    expect(isRole('superuser')).toBe(false)
    expect(isRole(undefined)).toBe(false)
  })
})

describe('judgeRoleChange', () => {
  it('allows saving a user whose roles did not change, whoever saves', () => {
    expect(judgeRoleChange({ actor: user(2, 'editor'), targetId: 2, before: ['editor'], after: ['editor'] })).toEqual({
      allowed: true,
    })
  })

  it('treats a reordering of the same roles as no change', () => {
    const verdict = judgeRoleChange({ actor: user(2, 'editor'), targetId: 2, before: ['editor', 'layout'], after: ['layout', 'editor'] })
    expect(verdict.allowed).toBe(true)
  })

  it('refuses a non-admin granting themselves a role', () => {
    const change = { actor: user(2, 'editor'), targetId: 2, before: ['editor'], after: ['editor', 'admin'] }
    expect(judgeRoleChange({ ...change, language: 'en' })).toEqual({ allowed: false, reason: 'Only an administrator can change roles.' })
    expect(judgeRoleChange(change)).toEqual({ allowed: false, reason: '只有管理员可以修改角色。' })
  })

  it('refuses an admin changing their own roles', () => {
    const verdict = judgeRoleChange({ actor: user(1, 'admin'), targetId: 1, before: ['admin'], after: ['editor'], language: 'en' })
    expect(verdict).toEqual({ allowed: false, reason: 'Nobody can change their own roles; ask another administrator.' })
  })

  it("allows an admin to change someone else's roles", () => {
    expect(judgeRoleChange({ actor: user(1, 'admin'), targetId: 2, before: ['editor'], after: ['reviewer'] }).allowed).toBe(true)
  })
})
