import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { canEditContentAccess } from '../access/can-edit-content'
import { inPublishedIssueAccess } from '../access/in-published-issue'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { slugField } from '../fields/slug-field'

export const Articles: CollectionConfig = {
  slug: SLUGS.articles,
  labels: { singular: bilingual('文章', 'Article'), plural: bilingual('文章', 'Articles') },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'thinkTank', 'updatedAt', '_status'],
    group: bilingual('内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: inPublishedIssueAccess('articles', { _status: { equals: 'published' } }),
    create: canEditContentAccess,
    update: canEditContentAccess,
    delete: isAdminAccess,
    readVersions: isStaffAccess,
  },
  fields: [
    { name: 'headline', type: 'text', required: true, label: bilingual('标题', 'Headline') },
    {
      name: 'thinkTank',
      type: 'relationship',
      relationTo: SLUGS.thinkTanks,
      required: true,
      label: bilingual('智库', 'Think tank'),
    },
    { name: 'body', type: 'richText', required: true, label: bilingual('正文', 'Body') },
    {
      name: 'sources',
      type: 'relationship',
      relationTo: SLUGS.sources,
      hasMany: true,
      label: bilingual('引用文献', 'Sources'),
      admin: {
        isSortable: true,
        description: bilingual(
          '按引用顺序排列；提交审核前至少需要一篇',
          'In citation order; at least one is needed before submitting for review',
        ),
      },
    },
    { name: 'topics', type: 'text', hasMany: true, label: bilingual('主题', 'Topics') },
    slugField(),
  ],
}
