import { parseDocumentId, type IdKind } from './document-id'

/*
 * What a request may ask of a collection, judged from the collection's own field config before the
 * database sees it: paging numbers, `where` values against each field's type and operator, and the
 * shape of the data a create or update writes (relationship ids, lists, groups, rich text). The rules
 * come from the fields, so a collection added later is covered without a line here. Pure: the Payload
 * hook (collections/shared/guard-query-input.ts) passes the collection's flattened fields.
 */

/** The part of a Payload field these rules read (Payload's flattened fields have this shape). */
export type FieldShape = {
  name?: string
  type: string
  hasMany?: boolean
  relationTo?: string | string[]
  flattenedFields?: readonly FieldShape[]
  fields?: readonly FieldShape[]
  blocks?: readonly { slug: string; flattenedFields?: readonly FieldShape[]; fields?: readonly FieldShape[] }[]
}

export const PAGING_LIMITS = { maxPage: 1_000_000, maxLimit: 100_000, maxDepth: 20 } as const

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const LIST_OPERATORS = new Set(['in', 'not_in'])
const ORDER_OPERATORS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'richText', 'json'])
const RELATION_TYPES = new Set(['relationship', 'upload'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (field: FieldShape): readonly FieldShape[] => field.flattenedFields ?? field.fields ?? []
const describe = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : Array.isArray(value) ? 'a list' : typeof value)

/** Page, limit and depth of a query: integers in range (absent is fine), else why not. */
export function pagingProblem({ page, limit, depth }: { page?: unknown; limit?: unknown; depth?: unknown }): string | null {
  const check = (name: string, value: unknown, min: number, max: number) => {
    if (value === undefined || value === null) return null
    const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
    return typeof number === 'number' && Number.isSafeInteger(number) && number >= min && number <= max ? null : `${name} must be a whole number from ${min} to ${max}.`
  }
  return check('page', page, 1, PAGING_LIMITS.maxPage) ?? check('limit', limit, 0, PAGING_LIMITS.maxLimit) ?? check('depth', depth, 0, PAGING_LIMITS.maxDepth)
}

const isDate = (value: unknown) => {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string' || value.length > 40 || !/^\d{4}-\d{2}(-\d{2})?/.test(value.trim())) return false
  return !Number.isNaN(Date.parse(value))
}
const isNumberValue = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) ||
  (typeof value === 'string' && /^-?\d{1,15}(\.\d{1,15})?$/.test(value.trim()))
const isBooleanValue = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false'

/** Finds the field a `where` path names: `title`, `consent.at` (a group), `articles.title` (through a relationship: its first field). */
function fieldAt(fields: readonly FieldShape[], path: string): FieldShape | null {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return null
  if (rest.length === 0) return field
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return fieldAt(childrenOf(field), rest.join('.')) ?? field
  return field
}

/** One operator and value on one field: null when the database can answer it, else the reason (naming the field). */
function conditionProblem(path: string, field: FieldShape | null, operator: string, value: unknown, kind: IdKind): string | null {
  if (!OPERATORS.has(operator)) return `"${operator}" is not an operator this API supports (on "${path}").`
  if (operator === 'exists') return isBooleanValue(value) ? null : `${path}[exists] must be true or false.`
  if (!field || path.includes('.')) return null
  const values = LIST_OPERATORS.has(operator) ? (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]) : [value]
  if (LIST_OPERATORS.has(operator) && values.length > 1000) return `${path}[${operator}] lists more than 1000 values.`
  if (!LIST_OPERATORS.has(operator) && Array.isArray(value) && !(operator === 'equals' && field.hasMany)) return `${path}[${operator}] takes one value, not a list.`
  for (const one of values) {
    if (one === null || one === '' || (typeof one === 'string' && one === 'null')) continue
    if (field.type === 'date' && !isDate(one)) return `${path}[${operator}] must be a date (e.g. 2025-03-15), not ${describe(one)}.`
    if (field.type === 'number' && !isNumberValue(one)) return `${path}[${operator}] must be a number, not ${describe(one)}.`
    if (field.type === 'checkbox' && !isBooleanValue(one)) return `${path}[${operator}] must be true or false.`
    if (RELATION_TYPES.has(field.type) && Array.isArray(field.relationTo)) {
      return `"${path}" points to several collections: filter on ${path}.relationTo and ${path}.value.`
    }
    if (RELATION_TYPES.has(field.type) && !TEXT_OPERATORS.has(operator)) {
      const parsed = parseDocumentId(one, kind)
      if (!parsed.ok) return `${path}[${operator}]: ${parsed.reason}`
    }
  }
  if (ORDER_OPERATORS.has(operator) && !['date', 'number', 'text', 'textarea', 'email', 'select'].includes(field.type) && field.name !== 'id') {
    return `"${operator}" does not apply to "${path}" (a ${field.type} field).`
  }
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(field.type) && !(field.type === 'text' && field.hasMany)) {
    if (!RELATION_TYPES.has(field.type) && field.type !== 'number' && field.type !== 'date') return `"${operator}" does not apply to "${path}" (a ${field.type} field).`
  }
  return null
}

/** The first problem of a `where` against a collection's fields, or null. */
export function whereValueProblem(where: unknown, fields: readonly FieldShape[], kind: IdKind, depth = 0): string | null {
  if (!isRecord(where) || depth > 20) return null
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const inner of condition) {
        const problem = whereValueProblem(inner, fields, kind, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isRecord(condition)) continue
    const field = key === 'id' ? { name: 'id', type: kind === 'number' ? 'number' : 'text' } : fieldAt(fields, key)
    for (const [operator, value] of Object.entries(condition)) {
      const problem = conditionProblem(key, field, operator, value, kind)
      if (problem) return problem
    }
  }
  return null
}

const relationValueProblem = (path: string, field: FieldShape, value: unknown, kind: IdKind): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(field.relationTo)) {
    if (!isRecord(value) || typeof value.relationTo !== 'string' || !field.relationTo.includes(value.relationTo)) return `${path} must be { relationTo, value } naming one of ${field.relationTo.join(', ')}.`
    return relationValueProblem(`${path}.value`, { ...field, relationTo: value.relationTo }, value.value, kind)
  }
  const id = isRecord(value) ? value.id : value
  const parsed = parseDocumentId(id, kind)
  return parsed.ok ? null : `${path}: ${parsed.reason}`
}

/** Lexical JSON: nodes are objects, and `children`, where present, a list of nodes. */
function richTextProblem(path: string, value: unknown, depth = 0): string | null {
  if (value === null || value === undefined) return null
  if (depth === 0) {
    if (!isRecord(value) || !isRecord(value.root)) return `${path} must be rich text ({ root: { children: [...] } }).`
    return richTextProblem(path, value.root, 1)
  }
  if (depth > 50) return `${path} is nested too deeply.`
  if (!isRecord(value)) return `${path} holds a node that is not an object.`
  if ('type' in value && typeof value.type !== 'string') return `${path} holds a node whose type is not text.`
  if ('text' in value && typeof value.text !== 'string') return `${path} holds a text node whose text is not text.`
  if (!('children' in value)) return null
  if (!Array.isArray(value.children)) return `${path} holds a node whose children are not a list.`
  for (const child of value.children) {
    const problem = richTextProblem(path, child, depth + 1)
    if (problem) return problem
  }
  return null
}

function scalarProblem(path: string, field: FieldShape, value: unknown, kind: IdKind): string | null {
  if (value === null || value === undefined) return null
  switch (field.type) {
    case 'number':
      return isNumberValue(value) || value === '' ? null : `${path} must be a number, not ${describe(value)}.`
    case 'date':
      return isDate(value) || value === '' ? null : `${path} must be a date, not ${describe(value)}.`
    case 'checkbox':
      return isBooleanValue(value) ? null : `${path} must be true or false.`
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return typeof value === 'string' || typeof value === 'number' ? null : `${path} must be text, not ${describe(value)}.`
    case 'relationship':
    case 'upload':
      return relationValueProblem(path, field, value, kind)
    case 'richText':
      return richTextProblem(path, value)
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every(isNumberValue) ? null : `${path} must be [longitude, latitude].`
    default:
      return null
  }
}

/** The first problem in the data of a create or update against the fields that receive it, or null. */
export function dataShapeProblem(data: unknown, fields: readonly FieldShape[], kind: IdKind, prefix = '', depth = 0): string | null {
  if (depth === 0 && data !== null && data !== undefined && !isRecord(data)) return `The body must be a JSON object of fields, not ${describe(data)}.`
  if (!isRecord(data) || depth > 30) return null
  for (const field of fields) {
    if (!field.name || !(field.name in data)) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (value === null || value === undefined) continue
    if (field.type === 'group' || field.type === 'tab') {
      if (!isRecord(value)) return `${path} must be an object of its fields, not ${describe(value)}.`
      const problem = dataShapeProblem(value, childrenOf(field), kind, `${path}.`, depth + 1)
      if (problem) return problem
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      // Payload's admin form sends an array or blocks field without rows as its row count (0).
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000) continue
      if (!Array.isArray(value)) return `${path} must be a list, not ${describe(value)}.`
      for (const [index, row] of value.entries()) {
        if (!isRecord(row)) return `${path}[${index}] must be an object.`
        const rowFields = field.type === 'blocks' ? field.blocks?.find((block) => block.slug === row.blockType) : field
        if (field.type === 'blocks' && !rowFields) return `${path}[${index}] names no known block type.`
        const problem = dataShapeProblem(row, rowFields ? (rowFields.flattenedFields ?? rowFields.fields ?? []) : [], kind, `${path}[${index}].`, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const many = field.hasMany === true && field.type !== 'richText'
    if (many) {
      if (!Array.isArray(value)) return `${path} must be a list, not ${describe(value)}.`
      if (value.length > 10_000) return `${path} lists more than 10000 values.`
      for (const [index, one] of value.entries()) {
        const problem = scalarProblem(`${path}[${index}]`, field, one, kind)
        if (problem) return problem
      }
      continue
    }
    if (Array.isArray(value) && field.type !== 'json' && field.type !== 'point') return `${path} takes one value, not a list.`
    const problem = scalarProblem(path, field, value, kind)
    if (problem) return problem
  }
  return null
}

/** The path of the first string holding U+0000 (which PostgreSQL cannot store or compare), or null. */
export function nulCharacterPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'the value' : null
  if (depth > 32 || value === null || typeof value !== 'object') return null
  for (const [key, child] of Object.entries(value)) {
    const found = nulCharacterPath(child, path ? `${path}.${key}` : key, depth + 1)
    if (found) return found
  }
  return null
}
