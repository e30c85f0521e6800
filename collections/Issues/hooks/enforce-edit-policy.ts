import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Issue } from '../../../payload-types'
import { toDocumentIds } from '../../../services/payload/document-id'
import { requestLanguage } from '../../../services/payload/request-language'
import { isSystemWrite, isWorkflowWrite } from '../../../services/payload/workflow-context'
import { toActor, toWorkflowState } from '../../../services/workflow/issue-state'
import { judgeIssueEdit } from '../../../src/workflow/edit-policy'
import { classifyIssueChange } from '../../../src/workflow/issue-change'
import { wroteRevision } from '../../../src/workflow/signoff-rules'

/** Who may edit what in which stage (src/workflow/edit-policy), and who counts as an author. */
export const enforceEditPolicy: CollectionBeforeChangeHook<Issue> = ({ data, originalDoc, req, operation }) => {
  if (isWorkflowWrite(req) || isSystemWrite(req) || !req.user) return data
  const user = req.user
  if (operation === 'create') return { ...data, authors: [user.id] }
  if (!originalDoc) return data
  const state = toWorkflowState(originalDoc)
  const change = classifyIssueChange(originalDoc as unknown as Record<string, unknown>, data)
  const actor = toActor(user)
  const verdict = judgeIssueEdit(state, actor, change, requestLanguage(req))
  if (!verdict.ok) throw new APIError(verdict.message, verdict.status)
  if (state.stage === 'draft' && change.text && !wroteRevision(actor, state)) {
    return { ...data, authors: toDocumentIds([...state.authorIds, user.id]) }
  }
  return data
}
