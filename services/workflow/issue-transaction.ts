import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import type { Id } from '../../src/content/ids'
import { workflowWriteContext } from '../payload/workflow-context'
import { withIssueLock } from './issue-lock'

/**
 * One unit of workflow work on an issue: serialised with other work on the same issue, as the
 * workflow service (with `user` when a person acts, without for the system), in a transaction where
 * the database has them (SQLite, PostgreSQL, MongoDB on a replica set). Given `within` — the request of a write whose
 * hook calls this — the work joins that write's transaction, so it sees the write and commits or rolls
 * back with it. The write-ahead intent (intents.ts) makes the work all or nothing without a transaction
 * too, refuses a racing action, and is the record a restart completes. Given `i18n` (the caller's request's),
 * its messages are in the caller's language.
 */
export async function inIssueTransaction<T>(
  payload: Payload,
  issueId: Id,
  user: User | null,
  work: (req: PayloadRequest) => Promise<T>,
  within?: PayloadRequest,
  i18n?: PayloadRequest['i18n'],
): Promise<T> {
  return withIssueLock(issueId, async () => {
    const base: Partial<PayloadRequest> = { ...(within?.transactionID ? { transactionID: within.transactionID } : {}), ...(i18n ? { i18n } : {}) }
    const req = await createLocalReq({ user: user ?? undefined, context: workflowWriteContext(), req: base }, payload)
    const ownsTransaction = await initTransaction(req)
    try {
      const result = await work(req)
      if (ownsTransaction) await commitTransaction(req)
      return result
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      throw error
    }
  })
}
