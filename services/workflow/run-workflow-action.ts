import { APIError, type Payload, type PayloadRequest } from 'payload'

import type { Issue, User } from '../../payload-types'
import { countErrors } from '../../src/checks/types'
import { SLUGS } from '../../src/collection-slugs'
import { idsOf, type Id } from '../../src/content/ids'
import type { AdminLanguage } from '../../src/i18n/admin-language'
import { sayIn } from '../../src/i18n/say'
import { signoffHash } from '../../src/workflow/content-fingerprint'
import { decide, type Transition } from '../../src/workflow/machine'
import type { WorkflowState } from '../../src/workflow/types'
import { toDocumentIds } from '../payload/document-id'
import { requestLanguage } from '../payload/request-language'
import type { ActionPlan } from './action-plan'
import { findLatestIssue } from './find-latest'
import { commitPlan, isClaimClash } from './intents'
import { toActor, toWorkflowState } from './issue-state'
import { inIssueTransaction } from './issue-transaction'
import { loadIssueContent, type IssueContent } from './load-content'
import { notifyStageEntered } from './notify'
import { planAction, planRelease } from './plan-action'
import { readAs } from './read-as'

export type WorkflowInput = { action?: unknown; comment?: unknown; expectedStage?: unknown }

type Outcome = { issue: Issue; transition: Transition } | { refusal: APIError }


/** Newsletter defaults fill the final approvers of an issue that has none assigned when submitted. */
async function defaultFinalApprovers(req: PayloadRequest, issue: Issue): Promise<Id[]> {
  const newsletterId = idsOf([issue.newsletter])[0]
  if (newsletterId === undefined) return []
  const newsletter = await req.payload.findByID({ collection: SLUGS.newsletters, id: newsletterId, depth: 0, req, ...readAs(req) })
  return idsOf(newsletter.defaultFinalApprovers)
}

/** The writes a decided transition makes; publishing (now or at publishAt) freezes and signs the release. */
async function planTransition(req: PayloadRequest, issue: Issue, content: IssueContent, decision: Transition, base: Omit<Parameters<typeof planAction>[1], 'state'>): Promise<ActionPlan> {
  const { state, effect } = decision
  if (effect !== 'publish' && effect !== 'schedule') {
    return planAction(req, { ...base, state, extra: { ...base.extra, ...(effect === 'unschedule' ? { pendingRelease: null } : {}) } })
  }
  const publishedAt = effect === 'schedule' && state.publishAt ? new Date(state.publishAt).toISOString() : new Date(state.signoffs.at(-1)?.signedAt ?? Date.now()).toISOString()
  const { release, signoffs } = await planRelease(req, issue, content.release, state, publishedAt)
  const signed: WorkflowState = { ...state, signoffs }
  const event = { ...base.event, releaseHash: release.hash }
  if (effect === 'publish') return planAction(req, { ...base, event, state: signed, publish: true, release })
  return planAction(req, {
    ...base,
    event,
    state: signed,
    extra: { ...base.extra, pendingRelease: release },
    schedule: { publishAt: publishedAt, revision: state.revision },
  })
}

async function apply(req: PayloadRequest, issueId: Id, input: WorkflowInput, now: Date, language: AdminLanguage): Promise<Outcome> {
  const issue = await findLatestIssue(req, issueId)
  const content: IssueContent = await loadIssueContent(req, issue)
  let state: WorkflowState = toWorkflowState(issue)
  const extra: Partial<Issue> = {}
  if (input.action === 'submit' && state.stage === 'draft' && (state.assignees.final ?? []).length === 0) {
    const defaults = await defaultFinalApprovers(req, issue)
    if (defaults.length > 0) {
      state = { ...state, assignees: { ...state.assignees, final: defaults } }
      extra.finalApprovers = toDocumentIds(defaults)
    }
  }
  const decision = decide(state, {
    action: input.action,
    actor: req.user ? toActor(req.user) : null,
    comment: input.comment,
    expectedStage: input.expectedStage,
    fingerprint: content.fingerprint,
    checkErrors: countErrors(content.findings),
    now,
    language,
  })
  const contentHash = signoffHash(content.fingerprint)

  if (!decision.ok) {
    if ('rebound' in decision) {
      const event = { action: 'void', from: state.stage, to: decision.rebound.stage, contentHash } as const
      await commitPlan(req, planAction(req, { issue, state: decision.rebound, event }))
    }
    return { refusal: new APIError(decision.message, decision.status, { code: decision.code }) }
  }

  const comment = typeof input.comment === 'string' && input.comment.trim() ? input.comment.trim() : null
  const event = { action: decision.action, from: decision.from, to: decision.to, comment, contentHash }
  const plan = await planTransition(req, issue, content, decision, { issue, event, extra })
  await commitPlan(req, plan)
  return { issue: await findLatestIssue(req, issueId), transition: decision }
}

/**
 * The one way to move an issue along the review chain, used by the REST endpoint, the admin panel
 * and Local API callers alike. Decides with the pure rules in src/workflow, plans every write
 * (audit event, new state, release), commits the plan all or nothing (intents.ts), and then
 * notifies the people who must act next. Refusals are in the language of `i18n` (the caller's
 * request's: admin cookie, else Accept-Language), Chinese without one.
 */
export async function runWorkflowAction(
  payload: Payload,
  {
    issueId,
    user,
    input,
    now = new Date(),
    i18n,
  }: { issueId: Id; user: User | null | undefined; input: WorkflowInput; now?: Date; i18n?: PayloadRequest['i18n'] },
): Promise<Issue> {
  const language = requestLanguage({ i18n })
  const say = sayIn(language)
  if (!user) throw new APIError(say('请先登录。', 'Log in to act on an issue.'), 401)
  let outcome: Outcome
  try {
    outcome = await inIssueTransaction(payload, issueId, user, (req) => apply(req, issueId, input, now, language), undefined, i18n)
  } catch (error) {
    if (isClaimClash(error)) {
      throw new APIError(say('同一时刻本期已有另一项操作被记录；请刷新后重试。', 'Another action on this issue was recorded at the same moment; reload the issue and try again.'), 409)
    }
    throw error
  }
  if ('refusal' in outcome) throw outcome.refusal
  if (outcome.transition.notify) {
    await notifyStageEntered(payload, outcome.issue, outcome.transition.notify, outcome.transition.action === 'reject' ? String(input.comment) : null)
  }
  return outcome.issue
}
