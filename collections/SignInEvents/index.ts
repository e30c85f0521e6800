import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { SIGN_IN_KINDS, SIGN_IN_OUTCOMES } from '../../src/security/sign-in-events'
import { isAdminAccess } from '../access/is-admin'
import { refuseDeletes, refuseUpdates } from '../shared/refuse-audit-changes'

/**
 * The audit trail of sign-ins, password-reset requests and e-mail changes, written only by the server (never through
 * the API), read only by admins, never changed. It is also what sign-in throttling counts.
 */
export const SignInEvents: CollectionConfig = {
  slug: SLUGS.signInEvents,
  labels: { singular: bilingual('登录记录', 'Sign-in event'), plural: bilingual('登录记录', 'Sign-in events') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['createdAt', 'email', 'kind', 'outcome', 'address'],
    group: bilingual('系统', 'System'),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: isAdminAccess, create: () => false, update: () => false, delete: () => false },
  hooks: { beforeChange: [refuseUpdates], beforeDelete: [refuseDeletes] },
  fields: [
    { name: 'email', type: 'text', required: true, index: true, label: bilingual('邮箱', 'Email') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: SIGN_IN_KINDS.map((value) => ({ value, label: value })),
      label: bilingual('类型', 'Kind'),
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      index: true,
      options: SIGN_IN_OUTCOMES.map((value) => ({ value, label: value })),
      label: bilingual('结果', 'Outcome'),
    },
    { name: 'address', type: 'text', required: true, index: true, label: bilingual('客户端地址', 'Client address') },
    { name: 'user', type: 'relationship', relationTo: SLUGS.users, label: bilingual('用户', 'User') },
    { name: 'userAgent', type: 'text', label: bilingual('浏览器', 'User agent') },
    // E-mail changes: who made the change (the account's owner, or an admin) and the change itself.
    { name: 'actor', type: 'relationship', relationTo: SLUGS.users, label: bilingual('操作人', 'Changed by') },
    { name: 'detail', type: 'text', label: bilingual('详情', 'Detail') },
  ],
}
