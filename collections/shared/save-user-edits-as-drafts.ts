import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isSystemWrite, isWorkflowWrite } from '../../services/payload/workflow-context'

/**
 * A person's save or restore never touches the published revision: it is stored as a draft version,
 * and only the workflow service publishes. (Without this, a PATCH without ?draft=true would overwrite the
 * live issue while a correction is under way.)
 */
export const saveUserEditsAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isWorkflowWrite(req) || isSystemWrite(req)) return args
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') return { ...args, draft: true }
  // Payload reads a restore's `draft` before this hook runs, so it cannot be forced here: ask for it.
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    throw new APIError(
      'Restore a version as a draft (?draft=true, or "restore as draft" in the admin): it then goes through the review chain. 请以草稿形式恢复版本。',
      400,
    )
  }
  return args
}
