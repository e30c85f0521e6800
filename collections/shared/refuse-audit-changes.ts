import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const IMMUTABLE = 'Audit records (workflow and sign-in events) are append-only: they cannot be changed or deleted. 审计记录不可修改或删除。'

/* Hooks run even where access control is overridden, so not even the system rewrites history. */
export const refuseUpdates: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError(IMMUTABLE, 403)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = () => {
  throw new APIError(IMMUTABLE, 403)
}
