import type { CollectionConfig } from 'payload'

import { isStartingArticle } from '../../services/watch/lead-context'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { staffOrWorkflowAccess } from '../access/staff-or-workflow'
import { slugField } from '../fields/slug-field'
import { lockArticleInUse } from '../shared/lock-content-in-use'
import { rebindArticleSignoffs } from '../shared/rebind-signoffs'
import { refuseUserPublish } from '../shared/refuse-user-publish'
import { saveUserEditsAsDrafts } from '../shared/save-user-edits-as-drafts'
import { deriveSearchText } from './hooks/derive-search-text'

export const Articles: CollectionConfig = {
  slug: SLUGS.articles,
  labels: { singular: bilingual('文章', 'Article'), plural: bilingual('文章', 'Articles') },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'thinkTank', 'updatedAt', '_status'],
    group: bilingual('内容', 'Content'),
    components: {
      edit: {
        PublishButton: '/collections/shared/components/publish-via-workflow#PublishViaWorkflow',
        // One status in the header, as on issues: the stage of the issue that carries the article, not Payload's draft/published.
        Status: '/collections/Articles/components/article-status#ArticleStatus',
      },
    },
  },
  // Edits are drafts; an article is published with the issue that carries it, by the workflow service.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: {
    // Readers get articles inside releases, never the live, editable record.
    read: isStaffAccess,
    create: canEditContentAccess,
    update: staffOrWorkflowAccess,
    delete: isAdminAccess,
    readVersions: isStaffAccess,
  },
  hooks: {
    beforeOperation: [saveUserEditsAsDrafts],
    beforeValidate: [refuseUserPublish],
    beforeChange: [lockArticleInUse, deriveSearchText],
    afterChange: [rebindArticleSignoffs],
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
    {
      name: 'originalHeading',
      type: 'group',
      label: bilingual('原文小标题（导入）', 'Heading as imported'),
      admin: {
        description: bilingual(
          '导入时原文中的智库名称，供编辑检查核对；改正后可清空',
          'The think-tank names the imported original gave this section, checked against the think tank; clear once corrected',
        ),
      },
      fields: [
        { name: 'name', type: 'text', label: bilingual('中文名称', 'Chinese name') },
        { name: 'nameEn', type: 'text', label: bilingual('英文名称或缩写', 'English name or acronym') },
      ],
    },
    slugField('headline'),
    {
      // The lead this article was started from. Unique in the database: of two starts from one lead (two
      // requests, two app instances), the second insert fails and is answered 409 (services/watch/start-article.ts).
      name: 'lead',
      type: 'relationship',
      relationTo: SLUGS.leads,
      unique: true,
      label: bilingual('来源线索', 'Started from lead'),
      access: { create: ({ req }) => isStartingArticle(req), update: () => false },
      hooks: { beforeDuplicate: [() => null] },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'inIssues',
      type: 'ui',
      label: bilingual('所在期刊', 'In issues'),
      admin: { position: 'sidebar', components: { Field: '/collections/Articles/components/article-issues#ArticleIssues' } },
    },
    { name: 'searchText', type: 'textarea', admin: { hidden: true } },
  ],
}
