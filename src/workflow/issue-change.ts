import { canonicalJson } from '../content/canonical-json'
import { idOf, idsOf } from '../content/ids'
import { REVIEW_CHAIN } from './chain'
import type { IssueChange } from './edit-policy'
import { ISSUE_PRESENTATION_FIELDS, ISSUE_TEXT_FIELDS } from './signoff-coverage'

/** Issue fields by what a change to them is: words, layout (what each sign-off covers), or assignment. */
/** The issue fields that assign people to the chain's stages (one per stage of the chain table). */
const ASSIGNMENT_FIELDS = REVIEW_CHAIN.map((step) => step.assigneeField)
const RELATION_FIELDS = new Set<string>(['newsletter', 'cover', 'reviewer', 'layoutEditor'])

export const WORKFLOW_FIELDS = ['stage', 'revision', 'authors', 'submittedBy', 'signoffs', 'workflowSequence', 'correctionNote'] as const

type Doc = Record<string, unknown>

const LIST_FIELDS = new Set<string>(['finalApprovers', 'authors'])

function normalise(field: string, value: unknown): string {
  if (LIST_FIELDS.has(field)) return idsOf(value).map(String).sort().join(',')
  if (value === undefined || value === null || value === '') return 'null'
  if (RELATION_FIELDS.has(field)) return String(idOf(value) ?? 'null')
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a date string or a Date
  if (field === 'publishAt') return new Date(String(value)).toISOString()
  if (field === 'displayOptions' && typeof value === 'object') {
    const { id: _id, ...rest } = value as Doc
    return canonicalJson(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ?? false])))
  }
  return canonicalJson(value)
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
    text: !sameSet || ISSUE_TEXT_FIELDS.some((field) => changes(before, incoming, field)),
    presentation: !sameOrder || ISSUE_PRESENTATION_FIELDS.some((field) => changes(before, incoming, field)),
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
