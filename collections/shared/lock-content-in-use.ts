import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { requestLanguage } from '../../services/payload/request-language'
import { isSystemWrite, isWorkflowWrite } from '../../services/payload/workflow-context'
import { toActor, toWorkflowState } from '../../services/workflow/issue-state'
import { canEditContent } from '../../src/access/predicates'
import type { Id } from '../../src/content/ids'
import { sayIn } from '../../src/i18n/say'
import { judgeContentEdit } from '../../src/workflow/edit-policy'
import { STAGE_LABELS } from '../../src/workflow/stages'
import { issuesUsingArticles, issuesUsingSource } from './issues-using'

const lockWith =
  (findIssues: (req: PayloadRequest, id: Id) => Promise<Issue[]>): CollectionBeforeChangeHook<{ id: Id }> =>
  async ({ data, originalDoc, req, operation }) => {
    if (operation !== 'update' || !originalDoc || isWorkflowWrite(req) || isSystemWrite(req) || !req.user) return data
    const actor = toActor(req.user)
    const language = requestLanguage(req)
    const say = sayIn(language)
    const issues = await findIssues(req, originalDoc.id)
    if (issues.length === 0 && !canEditContent(actor)) {
      throw new APIError(say('没有审核中的期刊使用这项内容，只有编辑可以修改。', 'Only an editor can edit content that no issue in review uses.'), 403)
    }
    for (const issue of issues) {
      const verdict = judgeContentEdit(toWorkflowState(issue), actor, language)
      if (!verdict.ok) {
        const stage = STAGE_LABELS[issue.stage]
        throw new APIError(
          say(
            `第 ${issue.number} 期“${issue.title}”（「${stage.zh}」阶段）使用了这项内容——${verdict.message}`,
            `Used by issue No. ${issue.number} "${issue.title}" in the ${stage.en} stage — ${verdict.message}`,
          ),
          verdict.status,
        )
      }
    }
    return data
  }

/** Editing an article or a source counts as editing every issue that uses it. */
export const lockArticleInUse = lockWith((req, id) => issuesUsingArticles(req, [id]))
export const lockSourceInUse = lockWith(issuesUsingSource)
