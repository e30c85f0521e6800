import { APIError, type Payload } from 'payload'

import type { Id } from '../../src/content/ids'

/** A document id from a URL or a job's input, in the database's own id type (numbers on SQLite). */
export function documentId(payload: Payload, raw: unknown): Id {
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new APIError('Missing document id.', 400)
  return payload.db.defaultIDType === 'number' ? Number(raw) : String(raw)
}
