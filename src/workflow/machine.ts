import { hasRole } from '../access/predicates'
import { sameId } from '../content/ids'
import type { AdminLanguage } from '../i18n/admin-language'
import { sayIn, type Say } from '../i18n/say'
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
  /** The language of a refusal's message (the request's: admin cookie, else Accept-Language); Chinese by default. */
  language?: AdminLanguage
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

type Verb = 'approve' | 'send back'
const VERB_ZH: Record<Verb, string> = { approve: '通过', 'send back': '退回' }

function checkSigner<S extends string>(step: ChainStep<S>, actor: WorkflowActor, state: WorkflowState<S>, verb: Verb, say: Say): Refusal | null {
  if (!hasRole(actor, step.role)) {
    return refuse(
      403,
      'wrong-role',
      say(
        `只有${step.roleName.zh}可以${VERB_ZH[verb]}处于「${step.label.zh}」阶段的期刊。`,
        `Only a ${step.roleName.en} can ${verb} an issue in the ${step.label.en} stage.`,
      ),
    )
  }
  if (!isAssignedTo(step, actor, state)) {
    return refuse(403, 'not-assigned', say(`本期的「${step.label.zh}」已指派给其他人。`, `This issue's ${step.label.en} stage is assigned to someone else.`))
  }
  return null
}

function approve<S extends string>(
  chain: ReviewChain<S>,
  step: ChainStep<S>,
  command: WorkflowCommand,
  actor: WorkflowActor,
  state: WorkflowState<S>,
  say: Say,
): Transition<S> | Refusal {
  const stage = step.stage
  const wrong = checkSigner(step, actor, state, 'approve', say)
  if (wrong) return wrong
  if (wroteRevision(actor, state)) {
    return refuse(403, 'own-work', say('本版由您撰写，须由其他人签发。', 'You wrote this revision, so someone else must sign it off.'))
  }
  const other = otherStageSignedBy(actor, state, stage)
  if (other) {
    const signed = stepOf(chain, other).label
    return refuse(
      403,
      'second-stage',
      say(
        `您已签发本版的「${signed.zh}」阶段；同一人只能签发一个阶段。`,
        `You already signed the ${signed.en} stage of this revision; one person signs one stage.`,
      ),
    )
  }
  if (hasSigned(actor, state, stage)) return refuse(409, 'already-approved', say('您已通过此阶段。', 'You have already approved this stage.'))
  if (command.checkErrors > 0) {
    return refuse(
      422,
      'checks-failed',
      say(`编辑检查发现 ${command.checkErrors} 个错误，请先修正再通过。`, `The editorial checks report ${command.checkErrors} error(s); fix them before approving.`),
    )
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
  const say = sayIn(command.language ?? 'zh')
  const named = (stage: StageOf<S>) => say(`「${labelOf(chain, stage).zh}」`, labelOf(chain, stage).en)
  const { actor } = command
  if (!actor) return refuse(401, 'anonymous', say('请先登录。', 'Log in to act on an issue.'))
  if (!isAction(command.action)) {
    return refuse(
      400,
      'unknown-action',
      say(`未知操作“${String(command.action)}”；可用：${ACTIONS.join('、')}。`, `Unknown action "${String(command.action)}"; use one of ${ACTIONS.join(', ')}.`),
    )
  }
  const action = command.action
  if (command.expectedStage !== undefined && command.expectedStage !== null) {
    if (!isStageOf(chain, command.expectedStage)) {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- untrusted input, echoed as the client sent it
      const sent = String(command.expectedStage)
      return refuse(400, 'unknown-stage', say(`未知阶段“${sent}”（expectedStage）。`, `Unknown expectedStage "${sent}".`))
    }
    if (command.expectedStage !== state.stage) {
      return refuse(
        409,
        'stale-stage',
        say(
          `本期现处于${named(state.stage)}阶段，而不是${named(command.expectedStage)}阶段；请刷新。`,
          `The issue is in the ${named(state.stage)} stage now, not ${named(command.expectedStage)}; reload it.`,
        ),
      )
    }
  }

  const reconciled = reconcileSignoffsOn(chain, state, command.fingerprint)
  if (reconciled.voidedStage) {
    const voided = named(reconciled.voidedStage)
    return {
      ...refuse(
        409,
        'content-changed',
        say(
          `${voided}签发后内容有改动，该签发已作废；本期退回${voided}阶段。`,
          `The content changed after the ${voided} sign-off, which is now void; the issue is back in the ${voided} stage.`,
        ),
      ),
      rebound: reconciled.state,
      voidedStage: reconciled.voidedStage,
    }
  }

  const stage = state.stage
  const step = stepIn(chain, stage)
  const ACTION_ZH: Record<Action, string> = { submit: '提交', approve: '通过', reject: '退回', withdraw: '撤回', reopen: '重新打开' }
  const ACTION_EN: Record<Action, string> = { submit: 'submit', approve: 'approve', reject: 'send back', withdraw: 'withdraw', reopen: 'reopen' }
  const wrongStage = () =>
    refuse(409, 'wrong-stage', say(`处于${named(stage)}阶段的期刊不能${ACTION_ZH[action]}。`, `Cannot ${ACTION_EN[action]} an issue in the ${named(stage)} stage.`))
  const notIn = (allowed: StageOf<S>[]) => (allowed.includes(stage) ? null : wrongStage())

  switch (action) {
    case 'submit': {
      const refused = notIn(['draft'])
      if (refused) return refused
      if (!hasRole(actor, 'editor') && !hasRole(actor, 'admin')) {
        return refuse(403, 'wrong-role', say('只有编辑可以提交期刊审核。', 'Only an editor can submit an issue for review.'))
      }
      if (command.checkErrors > 0) {
        return refuse(
          422,
          'checks-failed',
          say(`编辑检查发现 ${command.checkErrors} 个错误，请先修正再提交。`, `The editorial checks report ${command.checkErrors} error(s); fix them before submitting.`),
        )
      }
      const authorIds = wroteRevision(actor, state) ? state.authorIds : [...state.authorIds, actor.id]
      const first = chain[0].stage
      return move('submit', stage, { ...state, stage: first, submittedBy: actor.id, authorIds, signoffs: [] }, 'none', first)
    }
    case 'approve': {
      if (!step) return refuse(409, 'wrong-stage', say(`本期处于${named(stage)}阶段，没有可通过的环节。`, `Nothing to approve: the issue is in the ${named(stage)} stage.`))
      return approve(chain, step, command, actor, state, say)
    }
    case 'reject': {
      if (!step) return wrongStage()
      const wrong = checkSigner(step, actor, state, 'send back', say)
      if (wrong) return wrong
      if (typeof command.comment !== 'string' || command.comment.trim() === '') {
        return refuse(400, 'comment-required', say('退回时请填写意见，说明需要修改什么。', 'Say what needs to change: sending an issue back needs a comment.'))
      }
      return move('reject', stage, backToDraft(state), 'none', 'draft')
    }
    case 'withdraw': {
      if (!step) return wrongStage()
      const isSubmitter = sameId(state.submittedBy, actor.id)
      if (!isSubmitter && !hasRole(actor, 'admin')) {
        return refuse(403, 'not-submitter', say('只有提交本期的编辑可以撤回。', 'Only the editor who submitted the issue can withdraw it.'))
      }
      return move('withdraw', stage, backToDraft(state), 'none', null)
    }
    case 'reopen': {
      const refused = notIn(['published', 'scheduled'])
      if (refused) return refused
      // The people who sign the last stage may take back what they published.
      const last = lastStep(chain)
      if (!hasRole(actor, 'admin') && !hasRole(actor, last.role)) {
        return refuse(
          403,
          'wrong-role',
          say(`只有管理员或${last.roleName.zh}可以重新打开已发布的期刊。`, `Only an administrator or a ${last.roleName.en} can reopen a published issue.`),
        )
      }
      if (typeof command.comment !== 'string' || command.comment.trim() === '') {
        return refuse(400, 'comment-required', say('请填写更正说明，它将作为公开的更正说明。', 'Say what is being corrected: the comment becomes the public correction note.'))
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
