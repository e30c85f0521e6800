import { hasRole } from '../access/predicates'
import { sameId } from '../content/ids'
import { ACTIONS, isAction, type Action } from './actions'
import { REVIEW_CHAIN, type ChainStep, type ReviewChain, type StageOf } from './chain'
import { isStageOf, labelOf, lastStep, nextStep, stepIn, stepOf } from './chain-lookup'
import { signoffHash, type ContentFingerprint } from './content-fingerprint'
import { hasSigned, isAssignedTo, otherStageSignedBy, reconcileSignoffsOn, stageComplete, wroteRevision } from './signoff-rules'
import type { SignoffStage } from './stages'
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

export type Transition<S extends string = SignoffStage> = {
  ok: true
  action: Action
  from: StageOf<S>
  to: StageOf<S>
  state: WorkflowState<S>
  effect: Effect
  /** The stage whose people should now act, when the issue entered one. */
  notify: StageOf<S> | null
}

/** Content changed under sign-offs: the caller persists `state` (sign-offs voided) and reports 409. */
export type Rebound<S extends string = SignoffStage> = Refusal & { rebound: WorkflowState<S>; voidedStage: S }

export type Decision<S extends string = SignoffStage> = Transition<S> | Refusal | Rebound<S>

const refuse = (status: Refusal['status'], code: string, message: string): Refusal => ({ ok: false, status, code, message })

/** "a reviewer (审核)": the person who signs a step, as messages name them. */
const signerOf = (step: ChainStep) => `a ${step.roleName} (${step.label.zh})`

function checkSigner<S extends string>(step: ChainStep<S>, actor: WorkflowActor, state: WorkflowState<S>, verb: string): Refusal | null {
  if (!hasRole(actor, step.role)) {
    return refuse(403, 'wrong-role', `Only ${signerOf(step)} can ${verb} an issue in the ${step.label.zh} stage.`)
  }
  if (!isAssignedTo(step, actor, state)) {
    return refuse(403, 'not-assigned', `This issue's ${step.label.zh} is assigned to someone else.`)
  }
  return null
}

function approve<S extends string>(chain: ReviewChain<S>, step: ChainStep<S>, command: WorkflowCommand, actor: WorkflowActor, state: WorkflowState<S>): Transition<S> | Refusal {
  const stage = step.stage
  const wrong = checkSigner(step, actor, state, 'approve')
  if (wrong) return wrong
  if (wroteRevision(actor, state)) {
    return refuse(403, 'own-work', 'You wrote this revision, so someone else must sign it off. 不能签发自己撰写的期刊。')
  }
  const other = otherStageSignedBy(actor, state, stage)
  if (other) {
    return refuse(403, 'second-stage', `You already signed the ${stepOf(chain, other).creditLabel} stage of this revision; one person signs one stage.`)
  }
  if (hasSigned(actor, state, stage)) return refuse(409, 'already-approved', 'You have already approved this stage.')
  if (command.checkErrors > 0) {
    return refuse(422, 'checks-failed', `The editorial checks report ${command.checkErrors} error(s); fix them before approving.`)
  }
  const signed: WorkflowState<S> = {
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
  if (!stageComplete(step, signed)) return move('approve', stage, signed, 'none', null)
  const next = nextStep(chain, step)
  if (next) return move('approve', stage, { ...signed, stage: next.stage }, 'none', next.stage)
  const scheduled = signed.publishAt !== null && new Date(signed.publishAt).getTime() > command.now.getTime()
  return scheduled
    ? move('approve', stage, { ...signed, stage: 'scheduled' }, 'schedule', null)
    : move('approve', stage, { ...signed, stage: 'published' }, 'publish', null)
}

const move = <S extends string>(action: Action, from: StageOf<S>, state: WorkflowState<S>, effect: Effect, notify: StageOf<S> | null): Transition<S> => ({
  ok: true,
  action,
  from,
  to: state.stage,
  state,
  effect,
  notify,
})

const backToDraft = <S extends string>(state: WorkflowState<S>): WorkflowState<S> => ({ ...state, stage: 'draft', signoffs: [], submittedBy: null })

/**
 * The review chain as one pure function: given an issue revision's state and a command, either the
 * next state (and what must happen as a result) or a refusal with an HTTP status and a message.
 * The chain's stages, roles and order come from `chain` (the production table by default: `decide`).
 */
export function decideOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, command: WorkflowCommand): Decision<S> {
  const zh = (stage: StageOf<S>) => labelOf(chain, stage).zh
  const { actor } = command
  if (!actor) return refuse(401, 'anonymous', 'Log in to act on an issue.')
  if (!isAction(command.action)) {
    return refuse(400, 'unknown-action', `Unknown action "${String(command.action)}"; use one of ${ACTIONS.join(', ')}.`)
  }
  const action = command.action
  if (command.expectedStage !== undefined && command.expectedStage !== null) {
    if (!isStageOf(chain, command.expectedStage)) {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- untrusted input, echoed as the client sent it
      return refuse(400, 'unknown-stage', `Unknown expectedStage "${String(command.expectedStage)}".`)
    }
    if (command.expectedStage !== state.stage) {
      return refuse(409, 'stale-stage', `The issue is in the ${zh(state.stage)} stage now, not ${zh(command.expectedStage)}; reload it.`)
    }
  }

  const reconciled = reconcileSignoffsOn(chain, state, command.fingerprint)
  if (reconciled.voidedStage) {
    return {
      ...refuse(
        409,
        'content-changed',
        `The content changed after the ${stepOf(chain, reconciled.voidedStage).creditLabel} sign-off, which is now void; the issue is back in the ${zh(reconciled.voidedStage)} stage.`,
      ),
      rebound: reconciled.state,
      voidedStage: reconciled.voidedStage,
    }
  }

  const stage = state.stage
  const step = stepIn(chain, stage)
  const notIn = (allowed: StageOf<S>[]) =>
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
      const first = chain[0].stage
      return move('submit', stage, { ...state, stage: first, submittedBy: actor.id, authorIds, signoffs: [] }, 'none', first)
    }
    case 'approve': {
      if (!step) return refuse(409, 'wrong-stage', `Nothing to approve: the issue is in the ${zh(stage)} stage.`)
      return approve(chain, step, command, actor, state)
    }
    case 'reject': {
      if (!step) return refuse(409, 'wrong-stage', `Cannot send back an issue in the ${zh(stage)} stage.`)
      const wrong = checkSigner(step, actor, state, 'send back')
      if (wrong) return wrong
      if (typeof command.comment !== 'string' || command.comment.trim() === '') {
        return refuse(400, 'comment-required', 'Say what needs to change: sending an issue back needs a comment. 退回时请填写意见。')
      }
      return move('reject', stage, backToDraft(state), 'none', 'draft')
    }
    case 'withdraw': {
      if (!step) return refuse(409, 'wrong-stage', `Cannot withdraw an issue in the ${zh(stage)} stage.`)
      const isSubmitter = sameId(state.submittedBy, actor.id)
      if (!isSubmitter && !hasRole(actor, 'admin')) return refuse(403, 'not-submitter', 'Only the editor who submitted the issue can withdraw it.')
      return move('withdraw', stage, backToDraft(state), 'none', null)
    }
    case 'reopen': {
      const wrongStage = notIn(['published', 'scheduled'])
      if (wrongStage) return wrongStage
      // The people who sign the last stage may take back what they published.
      const last = lastStep(chain)
      if (!hasRole(actor, 'admin') && !hasRole(actor, last.role)) {
        return refuse(403, 'wrong-role', `Only an administrator or a ${last.roleName} can reopen a published issue.`)
      }
      if (typeof command.comment !== 'string' || command.comment.trim() === '') {
        return refuse(400, 'comment-required', 'Say what is being corrected: the comment becomes the public correction note. 请填写更正说明。')
      }
      const next: WorkflowState<S> = { ...backToDraft(state), revision: state.revision + 1, authorIds: [], correctionNote: command.comment.trim() }
      return move('reopen', stage, next, stage === 'scheduled' ? 'unschedule' : 'none', 'draft')
    }
  }
}

export const decide = (state: WorkflowState, command: WorkflowCommand): Decision => decideOn(REVIEW_CHAIN, state, command)

/** The actions this actor could take now (for buttons and the "waiting for me" queue). */
export function allowedActionsOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, actor: WorkflowActor | null, fingerprint: ContentFingerprint): Action[] {
  return ACTIONS.filter((action) => {
    const decision = decideOn(chain, state, {
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

export const allowedActions = (state: WorkflowState, actor: WorkflowActor | null, fingerprint: ContentFingerprint): Action[] =>
  allowedActionsOn(REVIEW_CHAIN, state, actor, fingerprint)
