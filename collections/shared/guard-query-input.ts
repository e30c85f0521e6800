import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { idKindOf } from '../../services/payload/document-id'
import { parseDocumentId, relationshipPathIn, whereProblem } from '../../src/security/document-id'

/**
 * Runs first on every collection (REST, GraphQL and Local API alike): an id that cannot exist or a
 * query the database would fail on gets a 400 naming the problem, instead of a database error (500).
 * Anonymous HTTP callers filter on a collection's own fields only: Payload's check of a path through
 * relationships the caller may not read leaves a rejected promise behind (a 500 on the server).
 */
export const guardQueryInput: CollectionBeforeOperationHook = ({ args, req }) => {
  const kind = idKindOf(req.payload)
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && id !== null) {
    const raw = typeof id === 'number' && !Number.isFinite(id) ? (req.routeParams?.id ?? id) : id
    const parsed = parseDocumentId(raw, kind)
    if (!parsed.ok) throw new APIError(parsed.reason, 400)
  }
  const problem = whereProblem(where, kind)
  if (problem) throw new APIError(problem, 400)
  const throughRelationship = !req.user && req.payloadAPI !== 'local' ? relationshipPathIn(where) : null
  if (throughRelationship) {
    throw new APIError(`Sign in to filter through related documents ("${throughRelationship}").`, 400)
  }
  return args
}
