import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Issue, User } from '../../../payload-types'
import { idsOf } from '../../../src/content/ids'
import { judgeIssueEdit } from '../../../src/workflow/edit-policy'
import { classifyIssueChange } from '../../../src/workflow/issue-change'
import { isSystemWrite, isWorkflowWrite } from '../../shared/workflow-context'
import { toActor, toWorkflowState } from '../workflow/issue-state'

/** Who may edit what in which stage (src/workflow/edit-policy), and who counts as an author. */
export const enforceEditPolicy: CollectionBeforeChangeHook<Issue> = ({ data, originalDoc, req, operation }) => {
  if (isWorkflowWrite(req) || isSystemWrite(req) || !req.user) return data
  const user = req.user as User
  if (operation === 'create') return { ...data, authors: [user.id] }
  if (!originalDoc) return data
  const state = toWorkflowState(originalDoc)
  const change = classifyIssueChange(originalDoc as unknown as Record<string, unknown>, data as Record<string, unknown>)
  const verdict = judgeIssueEdit(state, toActor(user), change)
  if (!verdict.ok) throw new APIError(verdict.message, verdict.status)
  const authors = idsOf(originalDoc.authors)
  if (state.stage === 'draft' && change.text && !authors.some((id) => String(id) === String(user.id))) {
    return { ...data, authors: [...authors, user.id] as number[] }
  }
  return data
}
