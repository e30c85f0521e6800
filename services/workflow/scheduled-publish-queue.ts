import type { PayloadRequest } from 'payload'

import type { Id } from '../../src/content/ids'

export const SCHEDULE_QUEUE = 'scheduled-publishing'
export const SCHEDULE_TASK = 'publishScheduledIssue'

/** Queues the publication of a scheduled revision for its publishAt time (Payload's jobs queue). */
export async function queueScheduledPublish(req: PayloadRequest, input: { issueId: Id; revision: number; publishAt: string }) {
  await req.payload.jobs.queue({
    task: SCHEDULE_TASK,
    queue: SCHEDULE_QUEUE,
    input: { issueId: String(input.issueId), revision: input.revision },
    waitUntil: new Date(input.publishAt),
    req,
  })
}
