import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../src/collection-slugs'
import type { Id } from '../../../src/content/ids'
import type { Stage } from '../../../src/workflow/stages'
import { rememberClaim } from './issue-transaction'
import { readAs } from './read-as'

export type EventInput = {
  issueId: Id
  revision: number
  sequence: number
  action: 'submit' | 'approve' | 'reject' | 'withdraw' | 'reopen' | 'void' | 'publish'
  from: Stage
  to: Stage
  comment?: string | null
  contentHash?: string | null
}

/**
 * Appends one audit entry. Its `claim` (issue:sequence) is unique, so of two actions decided from
 * the same state only the first can be recorded; the second fails here before it changes anything.
 */
export async function recordEvent(req: PayloadRequest, input: EventInput): Promise<Id> {
  const event = await req.payload.create({
    collection: SLUGS.workflowEvents,
    data: {
      issue: input.issueId as number,
      revision: input.revision,
      sequence: input.sequence,
      claim: `${input.issueId}:${input.sequence}`,
      action: input.action,
      fromStage: input.from,
      toStage: input.to,
      user: (req.user?.id ?? null) as number | null,
      comment: input.comment ?? null,
      contentHash: input.contentHash ?? null,
    },
    req,
    ...readAs(req),
  })
  rememberClaim(req, event.id)
  return event.id
}
