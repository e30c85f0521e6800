import { canEditContent, isAdmin } from '../access/predicates'
import { isAssignedTo } from './signoff-rules'
import { STAGE_LABELS } from './stages'
import type { Refusal, WorkflowActor, WorkflowState } from './types'

/** What a save changes: words, layout, or who is assigned. */
export type IssueChange = { text: boolean; presentation: boolean; assignments: boolean }

export type EditVerdict = { ok: true } | Refusal

const locked = (message: string): Refusal => ({ ok: false, status: 403, code: 'locked', message })

/**
 * Who edits what, by stage: draft — editors, everything; 审核 — the reviewer copy-edits (text and
 * layout); 排版 — the layout editor changes presentation only; 终审, scheduled and published —
 * nobody (reopen first). Assignments: editors in draft, admins until the issue is published.
 */
export function judgeIssueEdit(state: WorkflowState, actor: WorkflowActor, change: IssueChange): EditVerdict {
  const stage = state.stage
  const label = STAGE_LABELS[stage].zh
  // Even a save that changes nothing would start a new draft revision of a locked issue.
  if (stage === 'final' || stage === 'scheduled' || stage === 'published') {
    return locked(`The issue is locked in the ${label} stage; reopen it to make a correction.`)
  }
  if (change.assignments) {
    const mayAssign = stage === 'draft' ? canEditContent(actor) : isAdmin(actor) && !['scheduled', 'published'].includes(stage)
    if (!mayAssign) return locked(`Assignments of an issue in the ${label} stage can be changed only by an administrator.`)
  }
  if (!change.text && !change.presentation) return { ok: true }
  switch (stage) {
    case 'draft':
      return canEditContent(actor) ? { ok: true } : locked('Only an editor can edit an issue in the 草稿 stage.')
    case 'review':
      return isAssignedTo('review', actor, state)
        ? { ok: true }
        : locked('The issue is in 审核: only its reviewer can copy-edit it now; withdraw it to make other changes.')
    case 'layout':
      if (change.text) return locked('The text is locked in 排版: only the order, cover and display options can change.')
      return isAssignedTo('layout', actor, state)
        ? { ok: true }
        : locked('The issue is in 排版: only its layout editor can change the presentation.')
  }
}

/** Article and source edits count as edits of every issue that uses them. */
export function judgeContentEdit(state: WorkflowState, actor: WorkflowActor): EditVerdict {
  return judgeIssueEdit(state, actor, { text: true, presentation: false, assignments: false })
}
