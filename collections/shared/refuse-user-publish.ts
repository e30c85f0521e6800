import { APIError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { sayFor } from '../../services/payload/request-language'
import { isSystemWrite, isWorkflowWrite } from '../../services/payload/workflow-context'
import type { Id } from '../../src/content/ids'

type Publishable = { id: Id; _status?: 'draft' | 'published' | null }

/** Publishing is the last step of the review chain, never a field a person sets. */
export const refuseUserPublish: CollectionBeforeValidateHook<Publishable> = (args) => withoutUserPublish(args)

/** The hook's work, typed for hooks that call it first (the issue's own guard). */
export function withoutUserPublish<T extends Partial<Publishable>>({ data, req }: { data?: T; req: PayloadRequest }) {
  if (isWorkflowWrite(req) || isSystemWrite(req)) return data
  // A restore (always as a draft: save-user-edits-as-drafts.ts) brings back the old version's status too.
  if (req.context.isRestoringVersion) return { ...data, _status: 'draft' }
  if (data?._status === 'published') {
    throw new APIError(
      sayFor(req)(
        '发布须经审核流程（POST /api/issues/:id/workflow），不能直接设置发布状态。',
        'Publishing happens through the review chain (POST /api/issues/:id/workflow), not by setting _status.',
      ),
      403,
    )
  }
  return data
}
