import type { CollectionConfig } from 'payload'

import { isWorkflowWrite } from '../../services/payload/workflow-context'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { ACTIONS, ACTION_LABELS } from '../../src/workflow/actions'
import { STAGES, STAGE_LABELS } from '../../src/workflow/stages'
import { isStaffAccess } from '../access/is-staff'
import { refuseDeletes, refuseUpdates } from '../shared/refuse-audit-changes'

/** Recorded besides the five actions: sign-offs voided by a content change, and scheduled publishing. */
export const EVENT_KINDS = [...ACTIONS, 'void', 'publish'] as const

const EVENT_LABELS = {
  ...ACTION_LABELS,
  void: bilingual('内容变更，签发作废', 'Sign-offs voided by a content change'),
  publish: bilingual('定时发布', 'Scheduled publication'),
}

const stageOptions = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))

export const WorkflowEvents: CollectionConfig = {
  slug: SLUGS.workflowEvents,
  labels: { singular: bilingual('流程记录', 'Workflow event'), plural: bilingual('流程记录', 'Workflow events') },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'issue', 'action', 'fromStage', 'toStage', 'user'],
    group: bilingual('系统', 'System'),
  },
  defaultSort: '-createdAt',
  access: {
    read: isStaffAccess,
    create: ({ req }) => isWorkflowWrite(req),
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeChange: [refuseUpdates], beforeDelete: [refuseDeletes] },
  fields: [
    { name: 'issue', type: 'relationship', relationTo: SLUGS.issues, required: true, index: true, label: bilingual('期刊', 'Issue') },
    { name: 'revision', type: 'number', required: true, label: bilingual('修订版', 'Revision') },
    {
      name: 'sequence',
      type: 'number',
      required: true,
      label: bilingual('序号', 'Sequence'),
      admin: { description: bilingual('本期的第几个流程动作', 'Position of this action in the issue’s history') },
    },
    {
      // `issue:sequence`, unique: two actions racing from the same state cannot both be recorded.
      name: 'claim',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: bilingual('动作', 'Action'),
      options: EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_LABELS[kind] })),
    },
    { name: 'fromStage', type: 'select', required: true, options: stageOptions, label: bilingual('原阶段', 'From') },
    { name: 'toStage', type: 'select', required: true, options: stageOptions, label: bilingual('新阶段', 'To') },
    { name: 'user', type: 'relationship', relationTo: SLUGS.users, label: bilingual('操作人', 'By') },
    { name: 'comment', type: 'textarea', label: bilingual('意见', 'Comment') },
    { name: 'contentHash', type: 'text', label: bilingual('内容指纹', 'Content hash') },
    { name: 'releaseHash', type: 'text', label: bilingual('发布版本指纹', 'Release hash'), index: true },
  ],
}
