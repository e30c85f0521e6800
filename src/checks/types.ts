export type Severity = 'error' | 'warning'

/** One finding of the editorial checks: a stable code, where it is, and what to do about it. */
export type CheckFinding = {
  code: string
  severity: Severity
  message: string
  /** Where: e.g. `article:12`, `source:5`, `issue`. */
  location: string
}

export type CheckedSource = { id: number | string; url?: string | null; title?: string | null }
export type CheckedArticle = { id: number | string; headline?: string | null; sources: CheckedSource[] }
export type CheckedIssue = {
  title?: string | null
  slug?: string | null
  number?: number | null
  newsletter?: unknown
  articles: CheckedArticle[]
}

export const countErrors = (findings: readonly CheckFinding[]): number =>
  findings.filter((finding) => finding.severity === 'error').length
