import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { sayFor } from '../../../services/payload/request-language'
import { isWorkflowWrite } from '../../../services/payload/workflow-context'
import { isSourceUrlsBackfill } from '../../../services/releases/backfill-source-urls'
import { canonicalJson } from '../../../src/content/canonical-json'
import { storedReleaseSourceUrls } from '../../../src/release/release-index'

const IMMUTABLE = (req: PayloadRequest) =>
  sayFor(req)('已发布版本是读者看到的、终审签发的内容，不能修改或删除。', 'A release is what readers were given and what the final approvers signed: it cannot be changed or deleted.')

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt'])

/** The fields an update would change (the hook's `data` may carry the whole document). */
function changedFields(data: Record<string, unknown>, original: Record<string, unknown>): string[] {
  return Object.keys(data).filter((key) => !BOOKKEEPING.has(key) && canonicalJson(data[key]) !== canonicalJson(original[key]))
}

/*
 * Hooks run even where access control is overridden, so not even a script rewrites a release. Two
 * changes are allowed: the workflow service handing `latest` to a newer release of the same issue, and
 * the start-up back-fill giving a release written before `sourceUrls` existed the URLs its own content
 * gives (services/releases/backfill-source-urls.ts) — nothing else, and no other values.
 */
export const refuseReleaseUpdates: CollectionBeforeChangeHook = ({ operation, data, originalDoc, req }) => {
  if (operation !== 'update') return data
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const changed = changedFields(data, original)
  const handsOverLatest = isWorkflowWrite(req) && changed.every((key) => key === 'latest') && data.latest === false
  const backfillsSourceUrls =
    isSourceUrlsBackfill(req) &&
    changed.every((key) => key === 'sourceUrls' || key === 'sourceUrlsIndexed') &&
    data.sourceUrlsIndexed === true &&
    canonicalJson(data.sourceUrls ?? original.sourceUrls ?? []) === canonicalJson(storedReleaseSourceUrls(original.content))
  if (!handsOverLatest && !backfillsSourceUrls) throw new APIError(IMMUTABLE(req), 403)
  return data
}

export const refuseReleaseDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  throw new APIError(IMMUTABLE(req), 403)
}
