import { isRecord } from '../content/is-record'

/** How the database names documents: SQLite uses whole numbers, MongoDB 24-hex-digit ObjectIds. */
export type IdKind = 'number' | 'text'

export type ParsedId = { ok: true; id: number | string } | { ok: false; reason: string }

const OBJECT_ID = /^[0-9a-f]{24}$/i
const WHOLE_NUMBER = /^[1-9][0-9]{0,15}$/

/** A document id from a URL, a query or a job, checked before it reaches the database. */
export function parseDocumentId(raw: unknown, kind: IdKind): ParsedId {
  const text = typeof raw === 'number' ? String(raw) : raw
  if (typeof text !== 'string' || text.length === 0) return { ok: false, reason: 'A document id is missing.' }
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
  if (kind === 'number') {
    const value = Number(text)
    if (WHOLE_NUMBER.test(text) && Number.isSafeInteger(value)) return { ok: true, id: value }
    return { ok: false, reason: `${shown} is not a document id: ids are whole numbers such as 12.` }
  }
  if (OBJECT_ID.test(text)) return { ok: true, id: text }
  return { ok: false, reason: `${shown} is not a document id: ids are 24 hexadecimal digits.` }
}

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const ID_LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const ID_VALUE_OPERATORS = new Set(['equals', 'not_equals'])

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** A condition's value: a scalar, a list of scalars, or one flat object (a polymorphic `{ relationTo, value }`). */
const isConditionValue = (value: unknown): boolean => {
  if (isScalar(value)) return true
  if (Array.isArray(value)) return value.every(isScalar)
  return typeof value === 'object' && value !== null && Object.values(value).every(isScalar)
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/**
 * The first problem in a `where` query that the database would answer with an error instead of a
 * result: an id that cannot exist, or a geographic operator (no collection here has a point field).
 * Returns null when the query is fine to run.
 */
export function whereProblem(where: unknown, kind: IdKind, depth = 0): string | null {
  if (where === null || where === undefined) return null
  if (depth > 20) return 'The query is nested too deeply.'
  if (!isRecord(where)) return 'A query (where) must be an object of field conditions.'
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) return `"${key}" takes a list of conditions.`
      for (const inner of condition) {
        const problem = whereProblem(inner, kind, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isRecord(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (GEO_OPERATORS.has(operator)) return `"${operator}" needs a geographic field; "${key}" is not one.`
      if (!isConditionValue(value)) return `The value of ${key}[${operator}] must be text, a number or a list of them.`
      if (key !== 'id') continue
      const values = ID_LIST_OPERATORS.has(operator) ? listOf(value) : ID_VALUE_OPERATORS.has(operator) ? [value] : []
      for (const one of values) {
        const parsed = parseDocumentId(one, kind)
        if (!parsed.ok) return parsed.reason
      }
    }
  }
  return null
}

/** The first field path in a `where` query that reaches through a relationship (`articles.title`), or null. */
export function relationshipPathIn(where: unknown, depth = 0): string | null {
  if (!where || typeof where !== 'object' || depth > 20) return null
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const inner of condition) {
        const found = relationshipPathIn(inner, depth + 1)
        if (found) return found
      }
    } else if (key.includes('.')) return key
  }
  return null
}
