import type { CollectionConfig } from 'payload'

import { issueDistributionEndpoints } from '../../services/distribution/issue-distribution-endpoints'
import { isWorkflowWrite } from '../../services/payload/workflow-context'
import { issueReleaseEndpoint } from '../../services/releases/issue-release-endpoint'
import { workflowEndpoints } from '../../services/workflow/endpoints'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { SIGNOFF_STAGES, STAGES, STAGE_LABELS } from '../../src/workflow/stages'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { staffFieldAccess } from '../access/staff-field'
import { staffOrWorkflowAccess } from '../access/staff-or-workflow'
import { slugField } from '../fields/slug-field'
import { rebindIssueSignoffs } from '../shared/rebind-signoffs'
import { saveUserEditsAsDrafts } from '../shared/save-user-edits-as-drafts'
import { enforceEditPolicy } from './hooks/enforce-edit-policy'
import { ensureUniqueNumber } from './hooks/ensure-unique-number'
import { guardWorkflowFields } from './hooks/guard-workflow-fields'
import { keepIssuesWithHistory } from './hooks/keep-issues-with-history'
import { importEndpoints } from './import/import-endpoints'

/* Workflow fields are read-only in the admin; hooks refuse any write that does not come from the service. */
const workflowOwned = { readOnly: true, position: 'sidebar' } as const

export const Issues: CollectionConfig = {
  slug: SLUGS.issues,
  labels: { singular: bilingual('期刊', 'Issue'), plural: bilingual('期刊', 'Issues') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'newsletter', 'stage', 'updatedAt'],
    group: bilingual('内容', 'Content'),
    preview: (doc) => (typeof doc.slug === 'string' ? `/preview?path=${encodeURIComponent(`/issues/${doc.slug}`)}` : null),
    components: {
      beforeList: ['/collections/Issues/components/import-link#ImportLink'],
      edit: {
        PublishButton: '/collections/shared/components/publish-via-workflow#PublishViaWorkflow',
        // One status in the header: the stage, not Payload's draft/published.
        Status: '/collections/Issues/components/stage-status#StageStatus',
      },
    },
  },
  // The number checks (unique per newsletter, the next free one for an import) look numbers up within one
  // newsletter; Payload gives the versions table the same index.
  indexes: [{ fields: ['newsletter', 'number'] }],
  // Every user save is a draft; only the workflow service publishes (and validates drafts as it goes).
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  access: {
    // Readers get issues as releases (GET /api/releases, GET /api/issues/:id/release).
    read: isStaffAccess,
    readVersions: isStaffAccess,
    create: canEditContentAccess,
    update: staffOrWorkflowAccess,
    delete: isAdminAccess,
  },
  hooks: {
    beforeOperation: [saveUserEditsAsDrafts],
    beforeValidate: [guardWorkflowFields, ensureUniqueNumber],
    beforeChange: [enforceEditPolicy],
    afterChange: [rebindIssueSignoffs],
    beforeDelete: [keepIssuesWithHistory],
  },
  endpoints: [...importEndpoints, ...workflowEndpoints, issueReleaseEndpoint, ...issueDistributionEndpoints],
  fields: [
    { name: 'title', type: 'text', required: true, label: bilingual('标题', 'Title') },
    {
      type: 'row',
      fields: [
        {
          name: 'newsletter',
          type: 'relationship',
          relationTo: SLUGS.newsletters,
          required: true,
          label: bilingual('专栏', 'Newsletter'),
        },
        { name: 'number', type: 'number', required: true, min: 1, label: bilingual('期号', 'Number') },
      ],
    },
    slugField('title'),
    { name: 'intro', type: 'richText', label: bilingual('导语', 'Introduction') },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: SLUGS.articles,
      hasMany: true,
      label: bilingual('文章', 'Articles'),
      admin: { isSortable: true, description: bilingual('按刊登顺序排列', 'In the order they appear') },
    },
    { name: 'cover', type: 'upload', relationTo: SLUGS.media, label: bilingual('封面', 'Cover') },
    {
      name: 'publishAt',
      type: 'date',
      label: bilingual('发布时间', 'Publish at'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: bilingual('留空则终审通过后立即发布', 'Leave empty to publish on final approval'),
      },
    },
    {
      name: 'displayOptions',
      type: 'group',
      label: bilingual('版式选项', 'Display options'),
      fields: [
        {
          name: 'showReferenceTitles',
          type: 'checkbox',
          defaultValue: false,
          label: bilingual('参考文献显示标题', 'Show titles in the reference list'),
        },
        {
          name: 'featured',
          type: 'checkbox',
          defaultValue: false,
          label: bilingual('首页置顶', 'Feature on the home page'),
        },
      ],
    },
    {
      name: 'workflow',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/Issues/components/workflow-panel#WorkflowPanel' } },
    },
    {
      name: 'distribution',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/Issues/components/distribution-panel#DistributionPanel' } },
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: bilingual('流程阶段', 'Stage'),
      options: STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
      admin: workflowOwned,
    },
    { name: 'revision', type: 'number', defaultValue: 1, label: bilingual('修订版', 'Revision'), admin: workflowOwned },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: bilingual('本修订版作者', 'Authors of this revision'),
      access: { read: staffFieldAccess },
      admin: workflowOwned,
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: bilingual('提交人', 'Submitted by'),
      access: { read: staffFieldAccess },
      admin: workflowOwned,
    },
    {
      name: 'importedFrom',
      type: 'text',
      label: bilingual('导入自', 'Imported from'),
      access: { read: staffFieldAccess },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.importedFrom) },
    },
    {
      // sha256 of the imported text, to refuse importing the same issue twice.
      name: 'importFingerprint',
      type: 'text',
      index: true,
      access: { read: staffFieldAccess },
      admin: { hidden: true },
    },
    {
      // The reopen comment: the public correction note of this revision's release.
      name: 'correctionNote',
      type: 'textarea',
      label: bilingual('更正说明', 'Correction note'),
      admin: { ...workflowOwned, condition: (data) => Boolean(data?.correctionNote) },
    },
    {
      // A scheduled revision's release, frozen and signed at the last 终审 approval, written at publishAt.
      name: 'pendingRelease',
      type: 'json',
      access: { read: () => false, create: () => false, update: ({ req }) => isWorkflowWrite(req) },
      admin: { hidden: true },
    },
    {
      name: 'workflowSequence',
      type: 'number',
      defaultValue: 0,
      access: { read: staffFieldAccess },
      admin: { hidden: true },
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: bilingual('审核人', 'Reviewer'),
      filterOptions: { roles: { contains: 'reviewer' } },
      access: { read: staffFieldAccess },
      admin: { position: 'sidebar' },
    },
    {
      name: 'layoutEditor',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: bilingual('排版人', 'Layout editor'),
      filterOptions: { roles: { contains: 'layout' } },
      access: { read: staffFieldAccess },
      admin: { position: 'sidebar' },
    },
    {
      name: 'finalApprovers',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: bilingual('终审人', 'Final approvers'),
      filterOptions: { roles: { contains: 'final-approver' } },
      access: { read: staffFieldAccess },
      admin: { position: 'sidebar' },
    },
    {
      name: 'signoffs',
      type: 'array',
      label: bilingual('签发记录', 'Sign-offs'),
      labels: { singular: bilingual('签发', 'Sign-off'), plural: bilingual('签发记录', 'Sign-offs') },
      admin: {
        readOnly: true,
        initCollapsed: true,
        components: { RowLabel: '/collections/Issues/components/signoff-row-label#SignoffRowLabel' },
      },
      fields: [
        {
          name: 'stage',
          type: 'select',
          required: true,
          label: bilingual('阶段', 'Stage'),
          options: SIGNOFF_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
        },
        { name: 'name', type: 'text', required: true, label: bilingual('署名', 'Name') },
        { name: 'affiliation', type: 'text', label: bilingual('单位', 'Affiliation') },
        {
          name: 'user',
          type: 'relationship',
          relationTo: SLUGS.users,
          label: bilingual('用户', 'User'),
          access: { read: staffFieldAccess },
        },
        // Public: the last 终审 date is when a reader sees the issue as published.
        { name: 'signedAt', type: 'date', label: bilingual('时间', 'Signed at') },
        { name: 'contentHash', type: 'text', label: bilingual('内容指纹', 'Content hash'), access: { read: staffFieldAccess } },
        // Public: anyone can compare it with the release readers get (GET /api/issues/:id/release).
        { name: 'releaseHash', type: 'text', label: bilingual('发布版本指纹', 'Release hash') },
        { name: 'comment', type: 'textarea', label: bilingual('意见', 'Comment'), access: { read: staffFieldAccess } },
        {
          name: 'imported',
          type: 'checkbox',
          defaultValue: false,
          label: bilingual('导入的历史记录', 'Imported record'),
          access: { read: staffFieldAccess },
        },
      ],
    },
  ],
}
