import { idOf, idsOf } from '../content/ids'
import type { IssueChange } from './edit-policy'

/** Issue fields by what a change to them is: words, layout, or assignment. */
const TEXT_FIELDS = ['title', 'number', 'slug', 'newsletter', 'intro'] as const
const PRESENTATION_FIELDS = ['cover', 'publishAt', 'displayOptions'] as const
const ASSIGNMENT_FIELDS = ['reviewer', 'layoutEditor', 'finalApprovers'] as const
const RELATION_FIELDS = new Set<string>(['newsletter', 'cover', 'reviewer', 'layoutEditor'])

export const WORKFLOW_FIELDS = ['stage', 'revision', 'authors', 'submittedBy', 'signoffs', 'workflowSequence', 'correctionNote'] as const

type Doc = Record<string, unknown>

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Doc).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  ) ?? 'null'

const LIST_FIELDS = new Set<string>(['finalApprovers', 'authors'])

function normalise(field: string, value: unknown): string {
  if (LIST_FIELDS.has(field)) return idsOf(value).map(String).sort().join(',')
  if (value === undefined || value === null || value === '') return 'null'
  if (RELATION_FIELDS.has(field)) return String(idOf(value) ?? 'null')
  if (field === 'publishAt') return new Date(String(value)).toISOString()
  if (field === 'displayOptions' && typeof value === 'object') {
    const { id: _id, ...rest } = value as Doc
    return stableJson(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ?? false])))
  }
  return stableJson(value)
}

/** Whether `incoming` (a partial save) changes `field` of `before`; absent fields are unchanged. */
export function changes(before: Doc, incoming: Doc, field: string): boolean {
  if (!(field in incoming)) return false
  return normalise(field, incoming[field]) !== normalise(field, before[field])
}

/** What a save of an issue changes, given the stored revision and the incoming (partial) data. */
export function classifyIssueChange(before: Doc, incoming: Doc): IssueChange {
  const beforeArticles = idsOf(before.articles).map(String)
  const afterArticles = 'articles' in incoming ? idsOf(incoming.articles).map(String) : beforeArticles
  const sameSet = [...beforeArticles].sort().join() === [...afterArticles].sort().join()
  const sameOrder = beforeArticles.join() === afterArticles.join()
  return {
    text: !sameSet || TEXT_FIELDS.some((field) => changes(before, incoming, field)),
    presentation: !sameOrder || PRESENTATION_FIELDS.some((field) => changes(before, incoming, field)),
    assignments: ASSIGNMENT_FIELDS.some((field) => changes(before, incoming, field)),
  }
}

/** Normalised sign-offs, so a form that sends the stored list back unchanged is not a change. */
export function signoffsKey(value: unknown): string {
  if (!Array.isArray(value)) return '[]'
  return JSON.stringify(
    value.map((signoff: Doc) => [signoff.stage, String(idOf(signoff.user) ?? ''), signoff.name, signoff.contentHash ?? '', signoff.releaseHash ?? '', Boolean(signoff.imported)]),
  )
}

/** The workflow-owned fields that `incoming` tries to change. */
export function changedWorkflowFields(before: Doc, incoming: Doc): string[] {
  return WORKFLOW_FIELDS.filter((field) => {
    if (!(field in incoming)) return false
    if (field === 'signoffs') return signoffsKey(incoming.signoffs) !== signoffsKey(before.signoffs)
    return changes(before, incoming, field)
  })
}
