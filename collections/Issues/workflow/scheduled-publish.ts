import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { Id } from '../../../src/content/ids'
import { signoffHash } from '../../../src/workflow/content-fingerprint'
import { documentId } from '../../shared/document-id'
import { findLatestIssue } from './find-latest'
import { inIssueTransaction } from './issue-transaction'
import { toWorkflowState } from './issue-state'
import { loadIssueContent } from './load-content'
import { recordEvent } from './record-event'
import { publishRevision } from './save-state'

export const SCHEDULE_QUEUE = 'scheduled-publishing'
const TASK = 'publishScheduledIssue'

/** Queues the publication of a scheduled revision for its publishAt time (Payload's jobs queue). */
export async function queueScheduledPublish(req: PayloadRequest, input: { issueId: Id; revision: number; publishAt: string }) {
  await req.payload.jobs.queue({
    task: TASK,
    queue: SCHEDULE_QUEUE,
    input: { issueId: String(input.issueId), revision: input.revision },
    waitUntil: new Date(input.publishAt),
    req,
  })
}

/**
 * Publishes a scheduled revision when its time comes. Does nothing when the issue was reopened (or
 * rescheduled as another revision) in the meantime: the job then belongs to a revision that is gone.
 */
export async function publishScheduledRevision(payload: Payload, issueId: Id, revision: number): Promise<boolean> {
  return inIssueTransaction(payload, issueId, null, async (req) => {
    const issue = await findLatestIssue(req, issueId)
    if (issue.stage !== 'scheduled' || (issue.revision ?? 1) !== revision) return false
    const state = toWorkflowState(issue)
    const sequence = (issue.workflowSequence ?? 0) + 1
    const content = await loadIssueContent(req, issue)
    await recordEvent(req, {
      issueId,
      revision,
      sequence,
      action: 'publish',
      from: 'scheduled',
      to: 'published',
      contentHash: signoffHash(content.fingerprint),
    })
    await publishRevision(req, issue, { issueId, state: { ...state, stage: 'published' }, sequence })
    return true
  })
}

export const publishScheduledIssueTask: TaskConfig = {
  slug: TASK,
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
