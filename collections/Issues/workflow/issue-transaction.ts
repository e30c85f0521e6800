import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { User } from '../../../payload-types'
import { SLUGS } from '../../../src/collection-slugs'
import type { Id } from '../../../src/content/ids'
import { workflowWriteContext } from '../../shared/workflow-context'
import { withIssueLock } from './issue-lock'

const CLAIMS = 'zhikuWorkflowClaims'

/** Remembers an audit event written in this unit of work, to remove it if the work fails (see below). */
export function rememberClaim(req: PayloadRequest, eventId: Id): void {
  const claims = (req.context[CLAIMS] as Id[] | undefined) ?? []
  req.context[CLAIMS] = [...claims, eventId]
}

/*
 * Without a transaction (SQLite) a failure after an audit event was written would leave an event
 * for a change that never happened; remove it at the adapter level (the collection itself refuses
 * deletes from anyone).
 */
async function releaseClaims(req: PayloadRequest): Promise<void> {
  for (const id of (req.context[CLAIMS] as Id[] | undefined) ?? []) {
    await req.payload.db.deleteOne({ collection: SLUGS.workflowEvents, where: { id: { equals: id } } })
  }
}

/**
 * One unit of workflow work on an issue: serialised with other work on the same issue, as the
 * workflow service (with `user` when a person acts, without for the system), in a transaction where
 * the database has them, and all or nothing either way.
 */
export async function inIssueTransaction<T>(
  payload: Payload,
  issueId: Id,
  user: User | null,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  return withIssueLock(issueId, async () => {
    const req = await createLocalReq({ user: user ?? undefined, context: workflowWriteContext() }, payload)
    const ownsTransaction = await initTransaction(req)
    try {
      const result = await work(req)
      if (ownsTransaction) await commitTransaction(req)
      return result
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      else await releaseClaims(req)
      throw error
    }
  })
}
