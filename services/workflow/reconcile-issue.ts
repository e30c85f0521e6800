import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../../src/content/ids'
import { signoffHash } from '../../src/workflow/content-fingerprint'
import { reconcileSignoffs } from '../../src/workflow/signoff-rules'
import type { SignoffStage } from '../../src/workflow/stages'
import { findLatestIssue } from './find-latest'
import { commitPlan } from './intents'
import { toWorkflowState } from './issue-state'
import { inIssueTransaction } from './issue-transaction'
import { loadIssueContent } from './load-content'
import { planAction } from './plan-action'

/**
 * Re-checks an issue's sign-offs against its content now; sign-offs whose content changed are voided
 * (with every later one) and the issue returns to that stage. Returns the voided stage, if any. Called
 * from a write's hook with that write's request (`within`), it runs in the write's transaction: it sees
 * the change, and the void commits (or rolls back) together with it.
 */
export async function reconcileIssue(payload: Payload, issueId: Id, within?: PayloadRequest): Promise<SignoffStage | null> {
  return inIssueTransaction(payload, issueId, null, async (req) => {
    const issue = await findLatestIssue(req, issueId)
    const content = await loadIssueContent(req, issue)
    const state = toWorkflowState(issue)
    const { state: next, voidedStage } = reconcileSignoffs(state, content.fingerprint)
    if (voidedStage) {
      const event = { action: 'void', from: state.stage, to: next.stage, contentHash: signoffHash(content.fingerprint) } as const
      await commitPlan(req, planAction(req, { issue, state: next, event }))
    }
    return voidedStage
  }, within)
}
