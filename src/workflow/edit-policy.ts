import { canEditContent, isAdmin } from '../access/predicates'
import type { AdminLanguage } from '../i18n/admin-language'
import { sayIn } from '../i18n/say'
import { REVIEW_CHAIN, type ReviewChain } from './chain'
import { labelOf, stepIn } from './chain-lookup'
import { isAssignedTo } from './signoff-rules'
import type { Refusal, WorkflowActor, WorkflowState } from './types'

/** What a save changes: words, layout, or who is assigned. */
export type IssueChange = { text: boolean; presentation: boolean; assignments: boolean }

export type EditVerdict = { ok: true } | Refusal

const locked = (message: string): Refusal => ({ ok: false, status: 403, code: 'locked', message })

/**
 * Who edits what, by stage: draft — editors, everything; in a chain stage, its assigned person what
 * the chain table allows (审核: text and layout; 排版: presentation only; 终审: nothing); scheduled and
 * published — nobody (reopen first). Assignments: editors in draft, admins until the issue is published.
 */
export function judgeIssueEditOn<S extends string>(
  chain: ReviewChain<S>,
  state: WorkflowState<S>,
  actor: WorkflowActor,
  change: IssueChange,
  language: AdminLanguage = 'zh',
): EditVerdict {
  const say = sayIn(language)
  const stage = state.stage
  const label = labelOf(chain, stage)
  const named = say(`「${label.zh}」`, label.en)
  const step = stepIn(chain, stage)
  // Even a save that changes nothing would start a new draft revision of a locked issue.
  if (stage === 'scheduled' || stage === 'published' || step?.assigneeEdits === 'nothing') {
    return locked(say(`本期处于${named}阶段，已锁定；如需更正，请先重新打开。`, `The issue is locked in the ${named} stage; reopen it to make a correction.`))
  }
  if (change.assignments) {
    const mayAssign = stage === 'draft' ? canEditContent(actor) : isAdmin(actor)
    if (!mayAssign) {
      return locked(say(`处于${named}阶段的期刊，只有管理员可以修改指派。`, `Assignments of an issue in the ${named} stage can be changed only by an administrator.`))
    }
  }
  if (!change.text && !change.presentation) return { ok: true }
  if (!step) return canEditContent(actor) ? { ok: true } : locked(say(`只有编辑可以修改处于${named}阶段的期刊。`, `Only an editor can edit an issue in the ${named} stage.`))
  if (step.assigneeEdits === 'presentation') {
    if (change.text) {
      return locked(say(`${named}阶段正文已锁定：只能修改顺序、封面和显示选项。`, `The text is locked in ${named}: only the order, cover and display options can change.`))
    }
    return isAssignedTo(step, actor, state)
      ? { ok: true }
      : locked(say(`本期处于${named}阶段：只有本期的${step.roleName.zh}可以修改版式。`, `The issue is in ${named}: only its ${step.roleName.en} can change the presentation.`))
  }
  return isAssignedTo(step, actor, state)
    ? { ok: true }
    : locked(
        say(
          `本期处于${named}阶段：现在只有本期的${step.roleName.zh}可以修改；如需其他修改，请先撤回。`,
          `The issue is in ${named}: only its ${step.roleName.en} can copy-edit it now; withdraw it to make other changes.`,
        ),
      )
}

export const judgeIssueEdit = (state: WorkflowState, actor: WorkflowActor, change: IssueChange, language: AdminLanguage = 'zh'): EditVerdict =>
  judgeIssueEditOn(REVIEW_CHAIN, state, actor, change, language)

/** Article and source edits count as edits of every issue that uses them. */
export function judgeContentEditOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, actor: WorkflowActor, language: AdminLanguage = 'zh'): EditVerdict {
  return judgeIssueEditOn(chain, state, actor, { text: true, presentation: false, assignments: false }, language)
}

export const judgeContentEdit = (state: WorkflowState, actor: WorkflowActor, language: AdminLanguage = 'zh'): EditVerdict =>
  judgeContentEditOn(REVIEW_CHAIN, state, actor, language)
