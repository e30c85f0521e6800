import { APIError, ValidationError, type Payload, type PayloadRequest } from 'payload'

import type { Issue, User } from '../../../payload-types'
import { countErrors } from '../../../src/checks/types'
import { SLUGS } from '../../../src/collection-slugs'
import { idsOf, type Id } from '../../../src/content/ids'
import { signoffHash } from '../../../src/workflow/content-fingerprint'
import { decide, type Transition } from '../../../src/workflow/machine'
import type { WorkflowState } from '../../../src/workflow/types'
import { findLatestIssue } from './find-latest'
import { inIssueTransaction } from './issue-transaction'
import { toActor, toWorkflowState } from './issue-state'
import { loadIssueContent, type IssueContent } from './load-content'
import { notifyStageEntered } from './notify'
import { readAs } from './read-as'
import { recordEvent } from './record-event'
import { publishRevision, saveDraftState } from './save-state'
import { queueScheduledPublish } from './scheduled-publish'

export type WorkflowInput = { action?: unknown; comment?: unknown; expectedStage?: unknown }

type Outcome = { issue: Issue; transition: Transition } | { refusal: APIError }

const RACE_MESSAGE = 'Another action on this issue was recorded at the same moment; reload the issue and try again.'

/** Newsletter defaults fill the final approvers of an issue that has none assigned when submitted. */
async function defaultFinalApprovers(req: PayloadRequest, issue: Issue): Promise<Id[]> {
  const newsletterId = idsOf([issue.newsletter])[0]
  if (newsletterId === undefined) return []
  const newsletter = await req.payload.findByID({ collection: SLUGS.newsletters, id: newsletterId, depth: 0, req, ...readAs(req) })
  return idsOf(newsletter.defaultFinalApprovers)
}

async function apply(req: PayloadRequest, issueId: Id, input: WorkflowInput, now: Date): Promise<Outcome> {
  const issue = await findLatestIssue(req, issueId)
  const content: IssueContent = await loadIssueContent(req, issue)
  let state: WorkflowState = toWorkflowState(issue)
  const extra: Partial<Issue> = {}
  if (input.action === 'submit' && state.stage === 'draft' && state.finalApproverIds.length === 0) {
    const defaults = await defaultFinalApprovers(req, issue)
    if (defaults.length > 0) {
      state = { ...state, finalApproverIds: defaults }
      extra.finalApprovers = defaults as number[]
    }
  }
  const decision = decide(state, {
    action: input.action,
    actor: req.user ? toActor(req.user as User) : null,
    comment: input.comment,
    expectedStage: input.expectedStage,
    fingerprint: content.fingerprint,
    checkErrors: countErrors(content.findings),
    now,
  })
  const sequence = (issue.workflowSequence ?? 0) + 1
  const contentHash = signoffHash(content.fingerprint)

  if (!decision.ok) {
    if ('rebound' in decision) {
      await recordEvent(req, { issueId, revision: state.revision, sequence, action: 'void', from: state.stage, to: decision.rebound.stage, contentHash })
      await saveDraftState(req, { issueId, state: decision.rebound, sequence })
    }
    return { refusal: new APIError(decision.message, decision.status, { code: decision.code }) }
  }

  const comment = typeof input.comment === 'string' && input.comment.trim() ? input.comment.trim() : null
  await recordEvent(req, { issueId, revision: state.revision, sequence, action: decision.action, from: decision.from, to: decision.to, comment, contentHash })
  const args = { issueId, state: decision.state, sequence, extra }
  if (decision.effect === 'publish') return { issue: await publishRevision(req, issue, args), transition: decision }
  const saved = await saveDraftState(req, args)
  if (decision.effect === 'schedule' && decision.state.publishAt) {
    await queueScheduledPublish(req, { issueId, revision: decision.state.revision, publishAt: decision.state.publishAt })
  }
  return { issue: saved, transition: decision }
}

const isClaimClash = (error: unknown): boolean =>
  error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'claim')

/**
 * The one way to move an issue along the review chain, used by the REST endpoint, the admin panel
 * and Local API callers alike. Decides with the pure rules in src/workflow, records the audit
 * event, stores the new state — all in one transaction where the database has them — and then
 * notifies the people who must act next.
 */
export async function runWorkflowAction(
  payload: Payload,
  { issueId, user, input, now = new Date() }: { issueId: Id; user: User | null | undefined; input: WorkflowInput; now?: Date },
): Promise<Issue> {
  if (!user) throw new APIError('Log in to act on an issue.', 401)
  let outcome: Outcome
  try {
    outcome = await inIssueTransaction(payload, issueId, user, (req) => apply(req, issueId, input, now))
  } catch (error) {
    if (isClaimClash(error)) throw new APIError(RACE_MESSAGE, 409)
    throw error
  }
  if ('refusal' in outcome) throw outcome.refusal
  if (outcome.transition.notify) {
    await notifyStageEntered(payload, outcome.issue, outcome.transition.notify, outcome.transition.action === 'reject' ? String(input.comment) : null)
  }
  return outcome.issue
}
