import { canEditContent, isAdmin } from '../access/predicates'
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
export function judgeIssueEditOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, actor: WorkflowActor, change: IssueChange): EditVerdict {
  const stage = state.stage
  const label = labelOf(chain, stage).zh
  const step = stepIn(chain, stage)
  // Even a save that changes nothing would start a new draft revision of a locked issue.
  if (stage === 'scheduled' || stage === 'published' || step?.assigneeEdits === 'nothing') {
    return locked(`The issue is locked in the ${label} stage; reopen it to make a correction.`)
  }
  if (change.assignments) {
    const mayAssign = stage === 'draft' ? canEditContent(actor) : isAdmin(actor)
    if (!mayAssign) return locked(`Assignments of an issue in the ${label} stage can be changed only by an administrator.`)
  }
  if (!change.text && !change.presentation) return { ok: true }
  if (!step) return canEditContent(actor) ? { ok: true } : locked(`Only an editor can edit an issue in the ${label} stage.`)
  if (step.assigneeEdits === 'presentation') {
    if (change.text) return locked(`The text is locked in ${label}: only the order, cover and display options can change.`)
    return isAssignedTo(step, actor, state) ? { ok: true } : locked(`The issue is in ${label}: only its ${step.roleName} can change the presentation.`)
  }
  return isAssignedTo(step, actor, state)
    ? { ok: true }
    : locked(`The issue is in ${label}: only its ${step.roleName} can copy-edit it now; withdraw it to make other changes.`)
}

export const judgeIssueEdit = (state: WorkflowState, actor: WorkflowActor, change: IssueChange): EditVerdict =>
  judgeIssueEditOn(REVIEW_CHAIN, state, actor, change)

/** Article and source edits count as edits of every issue that uses them. */
export function judgeContentEditOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, actor: WorkflowActor): EditVerdict {
  return judgeIssueEditOn(chain, state, actor, { text: true, presentation: false, assignments: false })
}

export const judgeContentEdit = (state: WorkflowState, actor: WorkflowActor): EditVerdict => judgeContentEditOn(REVIEW_CHAIN, state, actor)
