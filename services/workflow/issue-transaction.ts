import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import type { Id } from '../../src/content/ids'
import { workflowWriteContext } from '../payload/workflow-context'
import { withIssueLock } from './issue-lock'

/**
 * One unit of workflow work on an issue: serialised with other work on the same issue, as the
 * workflow service (with `user` when a person acts, without for the system), in a transaction where
 * the database has them. Without one (SQLite), the work commits through a write-ahead intent
 * (intents.ts), which makes it all or nothing as well.
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
      throw error
    }
  })
}
