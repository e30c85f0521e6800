import type { CollectionBeforeOperationHook } from 'payload'

import { isSystemWrite, isWorkflowWrite } from '../../services/payload/workflow-context'

/**
 * A person's save never touches the published revision: it is stored as a draft version, and only
 * the workflow service publishes. (Without this, a PATCH without ?draft=true would overwrite the
 * live issue while a correction is under way.)
 */
export const saveUserEditsAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isWorkflowWrite(req) || isSystemWrite(req)) return args
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') return { ...args, draft: true }
  return args
}
