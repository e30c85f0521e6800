import type { CollectionConfig, PayloadRequest } from 'payload'

import { sayFor } from '../../services/payload/request-language'
import { fromUrlEndpoint, startArticleEndpoint } from '../../services/watch/endpoints'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { isHttpUrl } from '../../src/validation/url'
import { LEAD_STATUSES, LEAD_STATUS_LABELS } from '../../src/watch/vocabulary'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { canonicaliseLeadUrl } from './hooks/canonicalise-lead-url'
import { guardLeadTriage } from './hooks/guard-lead-triage'
import { setLeadSortDate } from './hooks/set-lead-sort-date'

/**
 * One report seen on a feed or pasted by URL. A report is one lead however many feeds or links carry
 * it: `url` is the canonical URL and unique in the database (a second insert fails, never duplicates).
 */
export const Leads: CollectionConfig = {
  slug: SLUGS.leads,
  labels: { singular: bilingual('线索', 'Lead'), plural: bilingual('线索', 'Leads') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'thinkTank', 'status', 'publishedAt', 'createdAt'],
    group: bilingual('观察台', 'Watch desk'),
  },
  // Newest report first, undated ones by when they were first seen: the same on every database.
  defaultSort: '-sortAt',
  access: {
    read: isStaffAccess,
    create: canEditContentAccess,
    update: canEditContentAccess,
    delete: isAdminAccess,
  },
  hooks: {
    beforeValidate: [canonicaliseLeadUrl],
    beforeChange: [guardLeadTriage, setLeadSortDate],
  },
  endpoints: [fromUrlEndpoint, startArticleEndpoint],
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      unique: true,
      label: bilingual('原文链接', 'URL'),
      admin: { description: bilingual('规范化链接（去掉跟踪参数和锚点）', 'Canonical URL (tracking parameters and fragment removed)') },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        isHttpUrl(value) || sayFor(req)('链接必须是完整的 http(s) 网址。', 'The URL must be a full http:// or https:// address.'),
    },
    { name: 'title', type: 'text', required: true, label: bilingual('标题', 'Title') },
    { name: 'summary', type: 'textarea', label: bilingual('摘要', 'Summary') },
    {
      name: 'authors',
      type: 'array',
      label: bilingual('作者', 'Authors'),
      labels: { singular: bilingual('作者', 'Author'), plural: bilingual('作者', 'Authors') },
      fields: [{ name: 'name', type: 'text', required: true, label: bilingual('姓名', 'Name') }],
    },
    { name: 'publishedAt', type: 'date', index: true, label: bilingual('发表时间', 'Published'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      // Always filled by a hook: publishedAt, else when the lead was first seen (src/watch/lead-sort-date.ts).
      name: 'sortAt',
      type: 'date',
      index: true,
      label: bilingual('排序时间', 'Sort date'),
      admin: { hidden: true },
    },
    { name: 'thinkTank', type: 'relationship', relationTo: SLUGS.thinkTanks, index: true, label: bilingual('智库', 'Think tank') },
    { name: 'feed', type: 'relationship', relationTo: SLUGS.feeds, label: bilingual('订阅源', 'Feed') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: bilingual('状态', 'Status'),
      options: LEAD_STATUSES.map((status) => ({ value: status, label: LEAD_STATUS_LABELS[status] })),
    },
    { name: 'claimedBy', type: 'relationship', relationTo: SLUGS.users, label: bilingual('认领人', 'Claimed by') },
    { name: 'skipReason', type: 'textarea', label: bilingual('跳过原因', 'Reason for skipping') },
    { name: 'source', type: 'relationship', relationTo: SLUGS.sources, label: bilingual('文献', 'Source') },
    { name: 'article', type: 'relationship', relationTo: SLUGS.articles, label: bilingual('文章', 'Article') },
  ],
}
