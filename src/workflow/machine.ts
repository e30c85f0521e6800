import { hasRole } from '../access/predicates'
import { sameId } from '../content/ids'
import { ACTIONS, isAction, type Action } from './actions'
import { signoffHash, type ContentFingerprint } from './content-fingerprint'
import {
  finalApprovalComplete,
  hasSigned,
  isAssignedTo,
  otherStageSignedBy,
  reconcileSignoffs,
  STAGE_ROLE,
  wroteRevision,
} from './signoff-rules'
import { CREDIT_LABELS, STAGE_LABELS, STAGES, type SignoffStage, type Stage } from './stages'
import type { Effect, Refusal, WorkflowActor, WorkflowState } from './types'

export type WorkflowCommand = {
  action: unknown
  actor: WorkflowActor | null
  comment?: unknown
  expectedStage?: unknown
  /** The content as it is now: sign-offs are checked against it and new ones bind to it. */
  fingerprint: ContentFingerprint
  /** Number of editorial-check errors on the content now; errors block submit and approve. */
  checkErrors: number
  now: Date
}

export type Transition = {
  ok: true
  action: Action
  from: Stage
  to: Stage
  state: WorkflowState
  effect: Effect
  /** The stage whose people should now act, when the issue entered one. */
  notify: Stage | null
}

/** Content changed under sign-offs: the caller persists `state` (sign-offs voided) and reports 409. */
export type Rebound = Refusal & { rebound: WorkflowState; voidedStage: SignoffStage }

export type Decision = Transition | Refusal | Rebound

const zh = (stage: Stage) => STAGE_LABELS[stage].zh
const refuse = (status: Refusal['status'], code: string, message: string): Refusal => ({ ok: false, status, code, message })

const isSignoffStage = (stage: Stage): stage is SignoffStage => stage === 'review' || stage === 'layout' || stage === 'final'

const ROLE_NAMES: Record<SignoffStage, string> = { review: 'a reviewer (审核)', layout: 'a layout editor (排版)', final: 'a final approver (终审)' }

function checkSigner(stage: SignoffStage, actor: WorkflowActor, state: WorkflowState, verb: string): Refusal | null {
  if (!hasRole(actor, STAGE_ROLE[stage])) {
    return refuse(403, 'wrong-role', `Only ${ROLE_NAMES[stage]} can ${verb} an issue in the ${zh(stage)} stage.`)
  }
  if (!isAssignedTo(stage, actor, state)) {
    return refuse(403, 'not-assigned', `This issue's ${zh(stage)} is assigned to someone else.`)
  }
  return null
}

function approve(stage: SignoffStage, command: WorkflowCommand, actor: WorkflowActor, state: WorkflowState): Transition | Refusal {
  const wrong = checkSigner(stage, actor, state, 'approve')
  if (wrong) return wrong
  if (wroteRevision(actor, state)) {
    return refuse(403, 'own-work', 'You wrote this revision, so someone else must sign it off. 不能签发自己撰写的期刊。')
  }
  const other = otherStageSignedBy(actor, state, stage)
  if (other) {
    return refuse(403, 'second-stage', `You already signed the ${CREDIT_LABELS[other]} stage of this revision; one person signs one stage.`)
  }
  if (hasSigned(actor, state, stage)) return refuse(409, 'already-approved', 'You have already approved this stage.')
  if (command.checkErrors > 0) {
    return refuse(422, 'checks-failed', `The editorial checks report ${command.checkErrors} error(s); fix them before approving.`)
  }
  const signed: WorkflowState = {
    ...state,
    signoffs: [
      ...state.signoffs,
      {
        stage,
        userId: actor.id,
        name: actor.name,
        affiliation: actor.affiliation ?? null,
        signedAt: command.now.toISOString(),
        contentHash: signoffHash(command.fingerprint),
        comment: typeof command.comment === 'string' && command.comment.trim() ? command.comment.trim() : null,
      },
    ],
  }
  if (stage === 'review') return move('approve', state.stage, { ...signed, stage: 'layout' }, 'none', 'layout')
  if (stage === 'layout') return move('approve', state.stage, { ...signed, stage: 'final' }, 'none', 'final')
  if (!finalApprovalComplete(signed)) return move('approve', 'final', signed, 'none', null)
  const scheduled = signed.publishAt !== null && new Date(signed.publishAt).getTime() > command.now.getTime()
  return scheduled
    ? move('approve', 'final', { ...signed, stage: 'scheduled' }, 'schedule', null)
    : move('approve', 'final', { ...signed, stage: 'published' }, 'publish', null)
}

const move = (action: Action, from: Stage, state: WorkflowState, effect: Effect, notify: Stage | null): Transition => ({
  ok: true,
  action,
  from,
  to: state.stage,
  state,
  effect,
  notify,
})

const backToDraft = (state: WorkflowState): WorkflowState => ({ ...state, stage: 'draft', signoffs: [], submittedBy: null })

/**
 * The review chain as one pure function: given an issue revision's state and a command, either the
 * next state (and what must happen as a result) or a refusal with an HTTP status and a message.
 */
export function decide(state: WorkflowState, command: WorkflowCommand): Decision {
  const { actor } = command
  if (!actor) return refuse(401, 'anonymous', 'Log in to act on an issue.')
  if (!isAction(command.action)) {
    return refuse(400, 'unknown-action', `Unknown action "${String(command.action)}"; use one of ${ACTIONS.join(', ')}.`)
  }
  const action = command.action
  if (command.expectedStage !== undefined && command.expectedStage !== null) {
    if (!(STAGES as readonly unknown[]).includes(command.expectedStage)) {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- untrusted input, echoed as the client sent it
      return refuse(400, 'unknown-stage', `Unknown expectedStage "${String(command.expectedStage)}".`)
    }
    if (command.expectedStage !== state.stage) {
      return refuse(409, 'stale-stage', `The issue is in the ${zh(state.stage)} stage now, not ${zh(command.expectedStage as Stage)}; reload it.`)
    }
  }

  const reconciled = reconcileSignoffs(state, command.fingerprint)
  if (reconciled.voidedStage) {
    return {
      ...refuse(
        409,
        'content-changed',
        `The content changed after the ${CREDIT_LABELS[reconciled.voidedStage]} sign-off, which is now void; the issue is back in the ${zh(reconciled.voidedStage)} stage.`,
      ),
      rebound: reconciled.state,
      voidedStage: reconciled.voidedStage,
    }
  }

  const stage = state.stage
  const notIn = (allowed: Stage[]) =>
    allowed.includes(stage) ? null : refuse(409, 'wrong-stage', `Cannot ${action} an issue in the ${zh(stage)} stage.`)

  switch (action) {
    case 'submit': {
      const wrongStage = notIn(['draft'])
      if (wrongStage) return wrongStage
      if (!hasRole(actor, 'editor') && !hasRole(actor, 'admin')) return refuse(403, 'wrong-role', 'Only an editor can submit an issue for review.')
      if (command.checkErrors > 0) {
        return refuse(422, 'checks-failed', `The editorial checks report ${command.checkErrors} error(s); fix them before submitting.`)
      }
      const authorIds = wroteRevision(actor, state) ? state.authorIds : [...state.authorIds, actor.id]
      return move('submit', stage, { ...state, stage: 'review', submittedBy: actor.id, authorIds, signoffs: [] }, 'none', 'review')
    }
    case 'approve': {
      if (!isSignoffStage(stage)) return refuse(409, 'wrong-stage', `Nothing to approve: the issue is in the ${zh(stage)} stage.`)
      return approve(stage, command, actor, state)
    }
    case 'reject': {
      if (!isSignoffStage(stage)) return refuse(409, 'wrong-stage', `Cannot send back an issue in the ${zh(stage)} stage.`)
      const wrong = checkSigner(stage, actor, state, 'send back')
      if (wrong) return wrong
      if (typeof command.comment !== 'string' || command.comment.trim() === '') {
        return refuse(400, 'comment-required', 'Say what needs to change: sending an issue back needs a comment. 退回时请填写意见。')
      }
      return move('reject', stage, backToDraft(state), 'none', 'draft')
    }
    case 'withdraw': {
      if (!isSignoffStage(stage)) return refuse(409, 'wrong-stage', `Cannot withdraw an issue in the ${zh(stage)} stage.`)
      const isSubmitter = sameId(state.submittedBy, actor.id)
      if (!isSubmitter && !hasRole(actor, 'admin')) return refuse(403, 'not-submitter', 'Only the editor who submitted the issue can withdraw it.')
      return move('withdraw', stage, backToDraft(state), 'none', null)
    }
    case 'reopen': {
      const wrongStage = notIn(['published', 'scheduled'])
      if (wrongStage) return wrongStage
      if (!hasRole(actor, 'admin') && !hasRole(actor, 'final-approver')) {
        return refuse(403, 'wrong-role', 'Only an administrator or a final approver can reopen a published issue.')
      }
      if (typeof command.comment !== 'string' || command.comment.trim() === '') {
        return refuse(400, 'comment-required', 'Say what is being corrected: the comment becomes the public correction note. 请填写更正说明。')
      }
      const next: WorkflowState = { ...backToDraft(state), revision: state.revision + 1, authorIds: [], correctionNote: command.comment.trim() }
      return move('reopen', stage, next, stage === 'scheduled' ? 'unschedule' : 'none', 'draft')
    }
  }
}

/** The actions this actor could take now (for buttons and the "waiting for me" queue). */
export function allowedActions(state: WorkflowState, actor: WorkflowActor | null, fingerprint: ContentFingerprint): Action[] {
  return ACTIONS.filter((action) => {
    const decision = decide(state, {
      action,
      actor,
      comment: action === 'reject' || action === 'reopen' ? 'probe' : undefined,
      fingerprint,
      checkErrors: 0,
      now: new Date(0),
    })
    return decision.ok
  })
}
