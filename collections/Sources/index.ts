import type { CollectionConfig, PayloadRequest } from 'payload'

import { sayFor } from '../../services/payload/request-language'
import { SLUGS } from '../../src/collection-slugs'
import { sourceSearchTitle } from '../../src/content/search-titles'
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '../../src/content/source-kinds'
import { bilingual } from '../../src/i18n/bilingual'
import { parsePartialDate } from '../../src/validation/partial-date'
import { isHttpUrl } from '../../src/validation/url'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { slugField } from '../fields/slug-field'
import { rebindSourceSignoffs } from '../shared/rebind-signoffs'

export const Sources: CollectionConfig = {
  slug: SLUGS.sources,
  labels: { singular: bilingual('文献', 'Source'), plural: bilingual('文献', 'Sources') },
  admin: {
    // Pickers search and show both titles: Governing AI · 人工智能治理.
    useAsTitle: 'searchTitle',
    defaultColumns: ['searchTitle', 'thinkTank', 'publishedAt'],
    listSearchableFields: ['title', 'titleZh'],
    group: bilingual('资料', 'Library'),
  },
  access: {
    // Readers get sources inside releases (GET /api/releases), never the live, editable record.
    read: isStaffAccess,
    create: canEditContentAccess,
    update: canEditContentAccess,
    delete: isAdminAccess,
  },
  hooks: {
    afterChange: [rebindSourceSignoffs],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: bilingual('原文标题', 'Original title') },
    { name: 'titleZh', type: 'text', label: bilingual('中文标题', 'Chinese title') },
    {
      name: 'url',
      type: 'text',
      required: true,
      // Every import looks its references up by URL.
      index: true,
      label: bilingual('链接', 'URL'),
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        isHttpUrl(value) || sayFor(req)('链接必须是完整的 http(s) 网址。', 'The URL must be a full http:// or https:// address.'),
    },
    {
      name: 'thinkTank',
      type: 'relationship',
      relationTo: SLUGS.thinkTanks,
      required: true,
      label: bilingual('智库', 'Think tank'),
    },
    { name: 'authors', type: 'text', hasMany: true, label: bilingual('作者', 'Authors') },
    {
      name: 'publishedAt',
      type: 'text',
      label: bilingual('发表时间', 'Published'),
      admin: { description: bilingual('年、年-月或年-月-日，如 2025-03', 'Year, year-month or date, e.g. 2025-03') },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        value == null || value === '' || parsePartialDate(value) !== undefined || sayFor(req)('日期格式应为 2025、2025-03 或 2025-03-14。', 'Use 2025, 2025-03 or 2025-03-14.'),
    },
    {
      name: 'kind',
      type: 'select',
      label: bilingual('类型', 'Kind'),
      defaultValue: 'report',
      options: SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_LABELS[kind] })),
    },
    slugField('title'),
    {
      name: 'searchTitle',
      type: 'text',
      label: bilingual('标题', 'Titles'),
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData }) => sourceSearchTitle(siblingData)] },
    },
  ],
}
