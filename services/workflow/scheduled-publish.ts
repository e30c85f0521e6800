import type { Payload, TaskConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { documentId } from '../payload/document-id'
import type { PlannedRelease } from './action-plan'
import { commitPlan } from './intents'
import { toWorkflowState } from './issue-state'
import { inIssueTransaction } from './issue-transaction'
import { planAction } from './plan-action'
import { SCHEDULE_QUEUE, SCHEDULE_TASK } from './scheduled-publish-queue'

export { SCHEDULE_QUEUE }

/**
 * Publishes a scheduled revision when its time comes, with the release that was frozen and signed at
 * its last 终审 approval. Does nothing when the issue was reopened (or rescheduled as another
 * revision) in the meantime: the job then belongs to a revision that is gone.
 */
export async function publishScheduledRevision(payload: Payload, issueId: Id, revision: number): Promise<boolean> {
  return inIssueTransaction(payload, issueId, null, async (req) => {
    // As the system: the frozen release is a field no person reads.
    const issue = await req.payload.findByID({ collection: SLUGS.issues, id: issueId, draft: true, depth: 0, req, overrideAccess: true })
    if (issue.stage !== 'scheduled' || (issue.revision ?? 1) !== revision) return false
    const release = issue.pendingRelease as PlannedRelease | null | undefined
    if (!release) throw new Error(`Scheduled issue ${issueId} has no frozen release to publish.`)
    const state = toWorkflowState(issue)
    const event = { action: 'publish', from: 'scheduled', to: 'published', releaseHash: release.hash, userId: null } as const
    await commitPlan(
      req,
      planAction(req, { issue, state: { ...state, stage: 'published' }, event, extra: { pendingRelease: null }, publish: true, release }),
    )
    return true
  })
}

export const publishScheduledIssueTask: TaskConfig = {
  slug: SCHEDULE_TASK,
  label: 'Publish a scheduled issue',
  inputSchema: [
    { name: 'issueId', type: 'text', required: true },
    { name: 'revision', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const { issueId, revision } = input as { issueId: string; revision: number }
    const published = await publishScheduledRevision(req.payload, documentId(req.payload, issueId), revision)
    return { output: { published } }
  },
}
