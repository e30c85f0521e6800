import { APIError, type CollectionBeforeValidateHook } from 'payload'

import type { Issue } from '../../../payload-types'
import { isSystemWrite, isWorkflowWrite } from '../../../services/payload/workflow-context'
import { changedWorkflowFields, WORKFLOW_FIELDS } from '../../../src/workflow/issue-change'
import { withoutUserPublish } from '../../shared/refuse-user-publish'

const pickWorkflowFields = (doc: Record<string, unknown>) => Object.fromEntries(WORKFLOW_FIELDS.map((field) => [field, doc[field]]))

const NEW_ISSUE = { stage: 'draft', revision: 1, authors: [], submittedBy: null, signoffs: [], workflowSequence: 0 }

/**
 * Stage, sign-offs, revision and publishing change only through workflow actions. A save that tries
 * to change them is refused with 403 — whoever sends it, admins included — and writes nothing.
 */
export const guardWorkflowFields: CollectionBeforeValidateHook<Issue> = (args) => {
  const { data, originalDoc, req, operation } = args
  if (isWorkflowWrite(req) || isSystemWrite(req) || !data) return data
  const published = withoutUserPublish(args)
  const before = operation === 'update' && originalDoc ? originalDoc : NEW_ISSUE
  // A restored version brings back content, never an old stage or old sign-offs: the issue keeps its
  // place in the chain, and the restored content is judged (and re-signed) like any edit.
  if (req.context.isRestoringVersion) return { ...published, ...pickWorkflowFields(before as Record<string, unknown>) }
  const changed = changedWorkflowFields(before as Record<string, unknown>, data)
  if (changed.length > 0) {
    throw new APIError(
      `${changed.join(', ')} can only change through workflow actions (POST /api/issues/:id/workflow). 流程字段只能通过流程操作修改。`,
      403,
    )
  }
  return data
}
