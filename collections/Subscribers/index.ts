import type { CollectionConfig } from 'payload'

import { subscriberEndpoints } from '../../services/distribution/subscriber-endpoints'
import { isAdmin } from '../../src/access/predicates'
import { SLUGS } from '../../src/collection-slugs'
import { SUBSCRIBER_LANGUAGES, SUBSCRIBER_STATUSES } from '../../src/distribution/subscriber-csv'
import { bilingual } from '../../src/i18n/bilingual'
import { isAdminAccess } from '../access/is-admin'
import { guardConsent } from './hooks/guard-consent'
import { normaliseSubscriberEmail } from './hooks/normalise-email'

const STATUS_LABELS = {
  pending: bilingual('待确认', 'Pending'),
  confirmed: bilingual('已确认', 'Confirmed'),
  unsubscribed: bilingual('已退订', 'Unsubscribed'),
  suppressed: bilingual('已屏蔽（退信/投诉）', 'Suppressed (bounce/complaint)'),
}

/**
 * People who asked for a newsletter by email. Admins only (addresses are personal data; other staff
 * see counts, in the distribution sidebar): readers manage their own subscription through
 * signed links (services/distribution), never through this collection's API. Nobody confirms a
 * subscriber or writes the consent record by hand (hooks/guard-consent.ts).
 */
export const Subscribers: CollectionConfig = {
  slug: SLUGS.subscribers,
  labels: { singular: bilingual('订阅者', 'Subscriber'), plural: bilingual('订阅者', 'Subscribers') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'language', 'newsletters', 'source', 'createdAt'],
    group: bilingual('发行', 'Distribution'),
    hidden: ({ user }) => !isAdmin(user),
    components: { beforeList: ['/collections/Subscribers/components/subscriber-csv-buttons#SubscriberCsvButtons'] },
  },
  access: { read: isAdminAccess, create: isAdminAccess, update: isAdminAccess, delete: isAdminAccess },
  hooks: { beforeValidate: [normaliseSubscriberEmail], beforeChange: [guardConsent] },
  endpoints: subscriberEndpoints,
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true, label: bilingual('邮箱', 'Email') },
    { name: 'newsletters', type: 'relationship', relationTo: SLUGS.newsletters, hasMany: true, index: true, label: bilingual('订阅专栏', 'Newsletters') },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'zh',
      options: SUBSCRIBER_LANGUAGES.map((value) => ({ value, label: value === 'zh' ? '中文' : 'English' })),
      label: bilingual('语言', 'Language'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: SUBSCRIBER_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: bilingual('状态', 'Status'),
    },
    {
      name: 'consent',
      type: 'group',
      label: bilingual('同意记录', 'Consent'),
      admin: { readOnly: true },
      fields: [
        { name: 'at', type: 'date', label: bilingual('时间', 'When') },
        { name: 'form', type: 'text', label: bilingual('表单', 'Form') },
        { name: 'ipHash', type: 'text', label: bilingual('IP 哈希（加盐 SHA-256）', 'IP hash (salted SHA-256)') },
        { name: 'confirmedAt', type: 'date', label: bilingual('确认时间', 'Confirmed at') },
        // A CSV import's subscriber confirmed elsewhere: where that consent was given, and the admin who imported it.
        { name: 'evidence', type: 'text', label: bilingual('同意来源（导入时填写）', 'Where consent was given (imports)') },
        { name: 'recordedBy', type: 'relationship', relationTo: SLUGS.users, label: bilingual('导入人', 'Imported by') },
      ],
    },
    { name: 'source', type: 'text', label: bilingual('来源', 'Source'), admin: { description: bilingual('如 subscribe-form、api、csv-import', 'e.g. subscribe-form, api, csv-import') } },
    { name: 'statusReason', type: 'text', label: bilingual('状态原因', 'Reason'), admin: { readOnly: true } },
  ],
}
