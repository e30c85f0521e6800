import { sameId } from '../content/ids'
import { signoffStillCovers, type ContentFingerprint } from './content-fingerprint'
import { SIGNOFF_STAGES, type SignoffStage, type Stage } from './stages'
import type { WorkflowActor, WorkflowState } from './types'

export const STAGE_ROLE = { review: 'reviewer', layout: 'layout', final: 'final-approver' } as const


/** The people whose approval finishes 终审: the assigned approvers, or any one final approver. */
export function finalApprovalComplete(state: WorkflowState): boolean {
  const finals = state.signoffs.filter((signoff) => signoff.stage === 'final')
  if (state.finalApproverIds.length === 0) return finals.length > 0
  return state.finalApproverIds.every((id) => finals.some((signoff) => sameId(signoff.userId, id)))
}

/** Whether the actor holds the stage's role and, where people are assigned, is one of them. */
export function isAssignedTo(stage: SignoffStage, actor: WorkflowActor, state: WorkflowState): boolean {
  if (!actor.roles.includes(STAGE_ROLE[stage])) return false
  if (stage === 'review') return state.reviewerId == null || sameId(state.reviewerId, actor.id)
  if (stage === 'layout') return state.layoutEditorId == null || sameId(state.layoutEditorId, actor.id)
  return state.finalApproverIds.length === 0 || state.finalApproverIds.some((id) => sameId(id, actor.id))
}

export const wroteRevision = (actor: WorkflowActor, state: WorkflowState): boolean =>
  state.authorIds.some((id) => sameId(id, actor.id))

/** The sign-off stage, other than `stage`, that the actor already signed in this revision. */
export function otherStageSignedBy(actor: WorkflowActor, state: WorkflowState, stage: SignoffStage): SignoffStage | undefined {
  return state.signoffs.find((signoff) => signoff.stage !== stage && sameId(signoff.userId, actor.id))?.stage
}

export const hasSigned = (actor: WorkflowActor, state: WorkflowState, stage: SignoffStage): boolean =>
  state.signoffs.some((signoff) => signoff.stage === stage && sameId(signoff.userId, actor.id))

export type Reconciliation = { state: WorkflowState; voidedStage: SignoffStage | null }

/**
 * Sign-offs bind content: the first sign-off (in chain order) whose content has since changed is
 * voided with every later one, and the issue returns to that sign-off's stage. Imported sign-offs of
 * an archived issue are history, not bindings, and stay.
 */
export function reconcileSignoffs(state: WorkflowState, now: ContentFingerprint): Reconciliation {
  // Scheduled and published revisions are frozen (content is locked); only a chain in progress rebinds.
  const inProgress: Stage[] = ['review', 'layout', 'final']
  if (!inProgress.includes(state.stage)) return { state, voidedStage: null }
  const broken = SIGNOFF_STAGES.find((stage) =>
    state.signoffs.some((signoff) => signoff.stage === stage && !signoff.imported && !signoffStillCovers(stage, signoff.contentHash, now)),
  )
  if (!broken) return { state, voidedStage: null }
  const keep = SIGNOFF_STAGES.slice(0, SIGNOFF_STAGES.indexOf(broken))
  return {
    state: {
      ...state,
      stage: broken,
      signoffs: state.signoffs.filter((signoff) => (keep as readonly string[]).includes(signoff.stage)),
    },
    voidedStage: broken,
  }
}
