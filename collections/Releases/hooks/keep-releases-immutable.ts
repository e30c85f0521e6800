import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { sayFor } from '../../../services/payload/request-language'
import { isWorkflowWrite } from '../../../services/payload/workflow-context'
import { canonicalJson } from '../../../src/content/canonical-json'

const IMMUTABLE = (req: PayloadRequest) =>
  sayFor(req)('已发布版本是读者看到的、终审签发的内容，不能修改或删除。', 'A release is what readers were given and what the final approvers signed: it cannot be changed or deleted.')

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt'])

/** The fields an update would change (the hook's `data` may carry the whole document). */
function changedFields(data: Record<string, unknown>, original: Record<string, unknown>): string[] {
  return Object.keys(data).filter((key) => !BOOKKEEPING.has(key) && canonicalJson(data[key]) !== canonicalJson(original[key]))
}

/*
 * Hooks run even where access control is overridden, so not even a script rewrites a release. The
 * one change allowed is the workflow service handing `latest` to a newer release of the same issue.
 */
export const refuseReleaseUpdates: CollectionBeforeChangeHook = ({ operation, data, originalDoc, req }) => {
  if (operation !== 'update') return data
  const changed = changedFields(data, (originalDoc ?? {}) as Record<string, unknown>)
  const handsOverLatest = isWorkflowWrite(req) && changed.every((key) => key === 'latest') && data.latest === false
  if (!handsOverLatest) throw new APIError(IMMUTABLE(req), 403)
  return data
}

export const refuseReleaseDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  throw new APIError(IMMUTABLE(req), 403)
}
