import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { idKindOf } from '../../services/payload/document-id'
import { parseDocumentId, relationshipPathIn, whereProblem } from '../../src/security/document-id'
import { dataShapeProblem, nulCharacterPath, pagingProblem, whereValueProblem, type FieldShape } from '../../src/security/input-shape'

/**
 * Runs first on every collection (lists, versions, counts, bulk and single writes). On every way in, an
 * id that cannot exist or a page/limit/depth out of range gets a 400; over HTTP (REST, GraphQL) also a
 * `where` value the field's type cannot hold or an operator it does not take, and data whose shape does
 * not fit the fields (a list where one id belongs, an object where a list belongs, rich text whose
 * children are not a list), naming the field, before the database sees it. The checks are read from the
 * collection's own fields, so collections added later are covered. Anonymous HTTP callers filter on a
 * collection's own fields only: Payload's check of a path through relationships the caller may not read
 * leaves a rejected promise behind (a 500 on the server).
 */
export const guardQueryInput: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const kind = idKindOf(req.payload)
  const { id, where, data, page, limit, depth } = args as { id?: unknown; where?: unknown; data?: unknown; page?: unknown; limit?: unknown; depth?: unknown }
  if (id !== undefined && id !== null) {
    const raw = typeof id === 'number' && !Number.isFinite(id) ? (req.routeParams?.id ?? id) : id
    const parsed = parseDocumentId(raw, kind)
    if (!parsed.ok) throw new APIError(parsed.reason, 400)
  }
  const paging = pagingProblem({ page, limit, depth })
  if (paging) throw new APIError(paging, 400)
  const fields = collection.flattenedFields as readonly FieldShape[]
  // The shapes of `where` and `data` are checked on what arrives over HTTP (REST, GraphQL). Local API
  // calls come from the server's own code, Payload's included (its preferences and document locks name
  // users in shapes of their own), and must not be refused by a rule meant for outside input.
  if (req.payloadAPI === 'local') return args
  const nul = nulCharacterPath(where) ?? nulCharacterPath(data)
  if (nul) throw new APIError(`${nul} may not contain the NUL character (U+0000).`, 400)
  const problem = whereProblem(where, kind) ?? whereValueProblem(where, fields, kind)
  if (problem) throw new APIError(problem, 400)
  const throughRelationship = !req.user ? relationshipPathIn(where) : null
  if (throughRelationship) {
    throw new APIError(`Sign in to filter through related documents ("${throughRelationship}").`, 400)
  }
  if (data !== undefined) {
    const shape = dataShapeProblem(data, fields, kind)
    if (shape) throw new APIError(shape, 400)
  }
  return args
}
