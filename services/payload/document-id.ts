import { APIError, type Payload } from 'payload'

import type { Id } from '../../src/content/ids'
import { type IdKind, parseDocumentId } from '../../src/security/document-id'

export const idKindOf = (payload: Payload): IdKind => (payload.db.defaultIDType === 'number' ? 'number' : 'text')

/** A document id from a URL or a job's input, in the database's own id type; 400 when it cannot be one. */
export function documentId(payload: Payload, raw: unknown): Id {
  const parsed = parseDocumentId(raw, idKindOf(payload))
  if (!parsed.ok) throw new APIError(parsed.reason, 400)
  return parsed.id
}
