import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { isSystemWrite, isWorkflowWrite } from '../../services/payload/workflow-context'
import { toActor, toWorkflowState } from '../../services/workflow/issue-state'
import { canEditContent } from '../../src/access/predicates'
import type { Id } from '../../src/content/ids'
import { judgeContentEdit } from '../../src/workflow/edit-policy'
import { STAGE_LABELS } from '../../src/workflow/stages'
import { issuesUsingArticles, issuesUsingSource } from './issues-using'

const lockWith =
  (findIssues: (req: PayloadRequest, id: Id) => Promise<Issue[]>): CollectionBeforeChangeHook<{ id: Id }> =>
  async ({ data, originalDoc, req, operation }) => {
    if (operation !== 'update' || !originalDoc || isWorkflowWrite(req) || isSystemWrite(req) || !req.user) return data
    const actor = toActor(req.user)
    const issues = await findIssues(req, originalDoc.id)
    if (issues.length === 0 && !canEditContent(actor)) {
      throw new APIError('Only an editor can edit content that no issue in review uses.', 403)
    }
    for (const issue of issues) {
      const verdict = judgeContentEdit(toWorkflowState(issue), actor)
      if (!verdict.ok) {
        throw new APIError(
          `Used by issue No. ${issue.number} "${issue.title}" in the ${STAGE_LABELS[issue.stage].zh} stage — ${verdict.message}`,
          verdict.status,
        )
      }
    }
    return data
  }

/** Editing an article or a source counts as editing every issue that uses it. */
export const lockArticleInUse = lockWith((req, id) => issuesUsingArticles(req, [id]))
export const lockSourceInUse = lockWith(issuesUsingSource)
