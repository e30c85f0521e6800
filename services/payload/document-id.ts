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

/**
 * An id as a relationship value in a Local API write. payload-types.ts is generated against SQLite,
 * whose ids are numbers; on MongoDB the same fields hold ObjectId strings, and Payload takes either at
 * run time. This is the one place that tells the type checker so.
 */
export const toDocumentId = (id: Id): number => id as number

export const toDocumentIds = (ids: readonly Id[]): number[] => ids.map(toDocumentId)

/** The same for an optional relationship: absent is null. */
export const toDocumentIdOrNull = (id: Id | null | undefined): number | null => (id === undefined || id === null ? null : toDocumentId(id))

/** The id an earlier step of a plan gave `key`; a key without one is a bug in the plan, never bad input. */
export function idFor(ids: ReadonlyMap<string, Id>, key: string): Id {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`No record was written for "${key}".`)
  return id
}
