import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Id } from '../../../src/content/ids'
import { signoffHash } from '../../../src/workflow/content-fingerprint'
import { reconcileSignoffs } from '../../../src/workflow/signoff-rules'
import type { SignoffStage } from '../../../src/workflow/stages'
import { workflowWriteContext } from '../../shared/workflow-context'
import { findLatestIssue } from './find-latest'
import { withIssueLock } from './issue-lock'
import { toWorkflowState } from './issue-state'
import { loadIssueContent } from './load-content'
import { recordEvent } from './record-event'
import { saveDraftState } from './save-state'

/**
 * Re-checks an issue's sign-offs against its content now; sign-offs whose content changed are voided
 * (with every later one) and the issue returns to that stage. Returns the voided stage, if any.
 */
export async function reconcileIssue(payload: Payload, issueId: Id): Promise<SignoffStage | null> {
  return withIssueLock(issueId, async () => {
    const req = await createLocalReq({ context: workflowWriteContext() }, payload)
    const ownsTransaction = await initTransaction(req)
    try {
      const issue = await findLatestIssue(req, issueId)
      const content = await loadIssueContent(req, issue)
      const state = toWorkflowState(issue)
      const { state: next, voidedStage } = reconcileSignoffs(state, content.fingerprint)
      if (voidedStage) {
        const sequence = (issue.workflowSequence ?? 0) + 1
        await recordEvent(req, {
          issueId,
          revision: state.revision,
          sequence,
          action: 'void',
          from: state.stage,
          to: next.stage,
          contentHash: signoffHash(content.fingerprint),
        })
        await saveDraftState(req, { issueId, state: next, sequence })
      }
      if (ownsTransaction) await commitTransaction(req)
      return voidedStage
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  })
}
