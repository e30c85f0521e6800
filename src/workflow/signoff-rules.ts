import { sameId } from '../content/ids'
import { REVIEW_CHAIN, type ChainStep, type ReviewChain } from './chain'
import { stepIn } from './chain-lookup'
import { hashStillCovers, type ContentFingerprint } from './content-fingerprint'
import type { SignoffStage } from './stages'
import type { WorkflowActor, WorkflowState } from './types'

const assignedTo = <S extends string>(step: ChainStep<S>, state: WorkflowState<S>) => state.assignees[step.stage] ?? []

/**
 * Whether the stage is done: one sign-off, or, for a stage every assigned person must sign (终审),
 * a sign-off from each of them (any one when nobody is assigned).
 */
export function stageComplete<S extends string>(step: ChainStep<S>, state: WorkflowState<S>): boolean {
  const signed = state.signoffs.filter((signoff) => signoff.stage === step.stage)
  const assigned = assignedTo(step, state)
  if (step.completes === 'one' || assigned.length === 0) return signed.length > 0
  return assigned.every((id) => signed.some((signoff) => sameId(signoff.userId, id)))
}

/** Whether the actor holds the stage's role and, where people are assigned, is one of them. */
export function isAssignedTo<S extends string>(step: ChainStep<S>, actor: WorkflowActor, state: WorkflowState<S>): boolean {
  if (!actor.roles.includes(step.role)) return false
  const assigned = assignedTo(step, state)
  return assigned.length === 0 || assigned.some((id) => sameId(id, actor.id))
}

export const wroteRevision = <S extends string>(actor: WorkflowActor, state: WorkflowState<S>): boolean =>
  state.authorIds.some((id) => sameId(id, actor.id))

/** The sign-off stage, other than `stage`, that the actor already signed in this revision. */
export function otherStageSignedBy<S extends string>(actor: WorkflowActor, state: WorkflowState<S>, stage: S): S | undefined {
  return state.signoffs.find((signoff) => signoff.stage !== stage && sameId(signoff.userId, actor.id))?.stage
}

export const hasSigned = <S extends string>(actor: WorkflowActor, state: WorkflowState<S>, stage: S): boolean =>
  state.signoffs.some((signoff) => signoff.stage === stage && sameId(signoff.userId, actor.id))

export type Reconciliation<S extends string = SignoffStage> = { state: WorkflowState<S>; voidedStage: S | null }

/**
 * Sign-offs bind content: the first sign-off (in chain order) whose content has since changed is
 * voided with every later one, and the issue returns to that sign-off's stage. Imported sign-offs of
 * an archived issue are history, not bindings, and stay.
 */
export function reconcileSignoffsOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, now: ContentFingerprint): Reconciliation<S> {
  // Scheduled and published revisions are frozen (content is locked); only a chain in progress rebinds.
  if (!stepIn(chain, state.stage)) return { state, voidedStage: null }
  const brokenAt = chain.findIndex((step) =>
    state.signoffs.some((signoff) => signoff.stage === step.stage && !signoff.imported && !hashStillCovers(step.covers, signoff.contentHash, now)),
  )
  const broken = chain[brokenAt]
  if (!broken) return { state, voidedStage: null }
  const keep = chain.slice(0, brokenAt).map((step) => step.stage)
  return {
    state: {
      ...state,
      stage: broken.stage,
      signoffs: state.signoffs.filter((signoff) => keep.includes(signoff.stage)),
    },
    voidedStage: broken.stage,
  }
}

export const reconcileSignoffs = (state: WorkflowState, now: ContentFingerprint): Reconciliation =>
  reconcileSignoffsOn(REVIEW_CHAIN, state, now)
