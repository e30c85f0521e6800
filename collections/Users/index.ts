import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../../src/access/predicates'
import { ROLES, ROLE_LABELS } from '../../src/access/roles'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { adminOrSelfAccess } from '../access/admin-or-self'
import { isAdminAccess } from '../access/is-admin'
import { staffOrSelfAccess } from '../access/staff-or-self'
import { recordEmailChange } from './hooks/email-change'
import { guardRoleChanges } from './hooks/guard-role-changes'
import { checkPasswordChange, endOtherSessions } from './hooks/password-change'
import { guardSignIn, recordSignIn } from './hooks/sign-in-guard'

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: bilingual('用户', 'User'), plural: bilingual('用户', 'Users') },
  // No hard lock after failed sign-ins (anyone could lock a colleague out): guardSignIn throttles with
  // growing delays instead, and records every attempt in sign-in-events.
  auth: { maxLoginAttempts: 0, useSessions: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'affiliation'],
    group: bilingual('系统', 'System'),
  },
  access: {
    admin: ({ req }) => hasAnyRole(req.user, ROLES),
    create: isAdminAccess,
    read: staffOrSelfAccess,
    update: adminOrSelfAccess,
    delete: isAdminAccess,
    unlock: isAdminAccess,
  },
  hooks: {
    beforeOperation: [guardSignIn, checkPasswordChange],
    beforeValidate: [guardRoleChanges],
    afterChange: [endOtherSessions, recordEmailChange],
    afterLogin: [recordSignIn],
  },
  fields: [
    {
      // Never stored or returned: changing your own password or e-mail needs it (hooks/password-change.ts takes it
      // out of the data before anything else runs). First, so your account view shows it right under
      // "Change Password"; its component hides it on other people's accounts.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: bilingual('当前密码（修改密码或邮箱时填写）', 'Current password (needed to change your password or email)'),
      admin: { components: { Field: '/collections/Users/components/current-password-field#CurrentPasswordField' } },
    },
    { name: 'name', type: 'text', required: true, label: bilingual('姓名', 'Name') },
    {
      name: 'affiliation',
      type: 'text',
      label: bilingual('单位', 'Affiliation'),
      admin: { description: bilingual('署名时写在姓名后的括号中', 'Shown in parentheses after the name in credits') },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      label: bilingual('角色', 'Roles'),
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      saveToJWT: true,
    },
  ],
}
