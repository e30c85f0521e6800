import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import type { Stage } from '../../src/workflow/stages'
import { toDocumentId, toDocumentIdOrNull } from '../payload/document-id'
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
  /** On the action that published (or scheduled) a revision: the hash of its release. */
  releaseHash?: string | null
  userId?: Id | null
}

export const eventClaim = (input: Pick<EventInput, 'issueId' | 'sequence'>): string => `${input.issueId}:${input.sequence}`

/**
 * Appends one audit entry. A second entry for the same issue and sequence is refused by the claim's
 * uniqueness (a ValidationError on `claim`); with `unlessRecorded` (completing an interrupted action) one
 * already there is kept instead.
 */
export async function recordEvent(req: PayloadRequest, input: EventInput, { unlessRecorded = false }: { unlessRecorded?: boolean } = {}): Promise<void> {
  const claim = eventClaim(input)
  if (unlessRecorded) {
    const existing = await req.payload.count({ collection: SLUGS.workflowEvents, where: { claim: { equals: claim } }, req, overrideAccess: true })
    if (existing.totalDocs > 0) return
  }
  await req.payload.create({
    collection: SLUGS.workflowEvents,
    data: {
      issue: toDocumentId(input.issueId),
      revision: input.revision,
      sequence: input.sequence,
      claim,
      action: input.action,
      fromStage: input.from,
      toStage: input.to,
      user: toDocumentIdOrNull(input.userId),
      comment: input.comment ?? null,
      contentHash: input.contentHash ?? null,
      releaseHash: input.releaseHash ?? null,
    },
    depth: 0,
    req,
    ...readAs(req),
  })
}
