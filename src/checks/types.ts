export type Severity = 'error' | 'warning'
/** The language a finding's message is written in. */
export type CheckLanguage = 'zh' | 'en'

/** One finding of the editorial checks: a stable code, where it is, and what to do about it. */
export type CheckFinding = {
  code: string
  severity: Severity
  message: string
  /** Where: `issue`, `intro`, `article:12`, `source:5`, `reference:3`. */
  location: string
  /** A finding with one exact correction (a term written in the wrong letter case): what to replace with what. */
  fix?: { written: string; term: string }
}

export type CheckedThinkTank = {
  id: number | string
  name: string
  nameEn?: string | null
  acronym?: string | null
  domains?: readonly string[] | null
  /** Other names it goes by (Chinese and English variants). */
  aliases?: readonly string[] | null
  /** Whether it comes from the shipped think-tank registry. */
  registered?: boolean
}
export type CheckedSource = {
  id: number | string
  url?: string | null
  title?: string | null
  publishedAt?: string | null
  thinkTank?: CheckedThinkTank | null
}
export type CheckedArticle = {
  id: number | string
  headline?: string | null
  /** Plain text of the body, one paragraph per line. */
  bodyText?: string
  thinkTank?: CheckedThinkTank | null
  sources: CheckedSource[]
  /** The section heading as written in an imported original, when there was one. */
  originalHeading?: { name?: string | null; nameEn?: string | null } | null
}
/** A published release and the canonical URLs of the sources it cites. */
export type PriorCitation = {
  issueId: number | string
  number: number
  title: string
  publishedAt: string
  urls: readonly string[]
}
export type CheckedIssue = {
  /** The issue's own id: its own releases are no earlier citation. */
  id?: number | string | null
  title?: string | null
  introText?: string
  articles: CheckedArticle[]
  /** Every think tank the CMS knows, to tell which one a heading name means. */
  thinkTanks?: readonly CheckedThinkTank[]
  /** Terms and their required spelling (AI, CSIS, ISO/IEC…). */
  styleTerms?: readonly string[]
  /**
   * The current releases of other issues citing any of this issue's sources, and this issue's own
   * releases (when it was published first): for the check of sources cited before.
   */
  priorCitations?: readonly PriorCitation[]
}

export const countErrors = (findings: readonly CheckFinding[]): number =>
  findings.filter((finding) => finding.severity === 'error').length
