import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import type { ActionPlan } from './action-plan'
import { applyAfterEvent, applyPlan, undoPlan, type ApplyOptions } from './apply-plan'
import { faultPoint } from './fault-point'
import { inIssueTransaction } from './issue-transaction'
import { eventClaim, recordEvent } from './record-event'

export const isClaimClash = (error: unknown): boolean =>
  error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'claim')

const markDone = (req: PayloadRequest, intentId: Id) =>
  req.payload.update({ collection: SLUGS.workflowIntents, id: intentId, data: { done: true, plan: null }, depth: 0, req, overrideAccess: true })

/** An undone action leaves no trace, so its sequence is free for the next action. */
const forget = (req: PayloadRequest, intentId: Id) =>
  req.payload.delete({ collection: SLUGS.workflowIntents, id: intentId, req, overrideAccess: true })

/**
 * Carries out a planned action all or nothing.
 *
 * In a transaction (SQLite, PostgreSQL, MongoDB on a replica set) the action is simply applied: a failure
 * or a crash rolls all of it back, and of two actions decided from the same state only one is recorded,
 * since their audit events share a unique claim (issue and sequence).
 *
 * Without one, the plan is stored first as an intent — one row, so one atomic write, unique per issue and
 * sequence as the event is. From then on the action has happened: if applying it fails here it is undone;
 * if the process dies, start-up completes it (recoverInterruptedActions).
 */
export async function commitPlan(req: PayloadRequest, plan: ActionPlan, { fresh }: Pick<ApplyOptions, 'fresh'> = {}): Promise<void> {
  if (req.transactionID) {
    faultPoint('started')
    await applyPlan(req, plan, { fresh })
    return
  }
  const intent = await req.payload.create({
    collection: SLUGS.workflowIntents,
    data: { claim: eventClaim(plan.event), issueId: String(plan.issueId), plan },
    depth: 0,
    req,
    overrideAccess: true,
  })
  faultPoint('started')
  try {
    await recordEvent(req, plan.event)
  } catch (error) {
    // Refused (another action took this step) or failed: nothing of this action is written.
    await forget(req, intent.id)
    throw error
  }
  faultPoint('after-event')
  try {
    await applyAfterEvent(req, plan, { fresh })
  } catch (error) {
    await undoPlan(req, plan)
    await forget(req, intent.id)
    throw error
  }
  await markDone(req, intent.id)
}

/** Completes every action that a crash interrupted; run at start-up, before requests are served. */
export async function recoverInterruptedActions(payload: Payload): Promise<number> {
  const pending = await payload.find({
    collection: SLUGS.workflowIntents,
    where: { done: { equals: false } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const intent of pending.docs) {
    const plan = intent.plan as ActionPlan
    await inIssueTransaction(payload, plan.issueId, null, async (req) => {
      try {
        await applyPlan(req, plan, { resuming: true })
        await markDone(req, intent.id)
        payload.logger.warn({ msg: `Completed workflow action ${intent.claim} that was interrupted` })
      } catch (error) {
        payload.logger.error({ err: error, msg: `Could not complete interrupted workflow action ${intent.claim}; undoing it` })
        await undoPlan(req, plan)
        await forget(req, intent.id)
      }
    })
  }
  return pending.docs.length
}
