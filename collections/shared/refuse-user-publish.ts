import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isSystemWrite, isWorkflowWrite } from '../../services/payload/workflow-context'

/** Publishing is the last step of the review chain, never a field a person sets. */
export const refuseUserPublish: CollectionBeforeValidateHook = ({ data, req }) => {
  if (isWorkflowWrite(req) || isSystemWrite(req)) return data
  // A restore (always as a draft: save-user-edits-as-drafts.ts) brings back the old version's status too.
  if (req.context.isRestoringVersion) return { ...data, _status: 'draft' }
  if (data?._status === 'published') {
    throw new APIError(
      'Publishing happens through the review chain (POST /api/issues/:id/workflow), not by setting _status. 发布须经审核流程。',
      403,
    )
  }
  return data
}
