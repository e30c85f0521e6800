import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { sayFor } from '../../services/payload/request-language'

const IMMUTABLE = (req: PayloadRequest) =>
  sayFor(req)('审计记录（审核流程和登录事件）只能追加，不能修改或删除。', 'Audit records (workflow and sign-in events) are append-only: they cannot be changed or deleted.')

/* Hooks run even where access control is overridden, so not even the system rewrites history. */
export const refuseUpdates: CollectionBeforeChangeHook = ({ operation, data, req }) => {
  if (operation === 'update') throw new APIError(IMMUTABLE(req), 403)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  throw new APIError(IMMUTABLE(req), 403)
}
