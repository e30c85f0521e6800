import { sha256OfCanonical } from '../content/canonical-json'
import type { Id } from '../content/ids'
import { REVIEW_CHAIN, type Coverage } from './chain'
import { stepIn } from './chain-lookup'
import { ISSUE_PRESENTATION_FIELDS, ISSUE_TEXT_FIELDS, pickFields, type IssuePresentationField, type IssueTextField } from './signoff-coverage'

/**
 * What a sign-off covers (signoff-coverage.ts). `text` is the words readers get (issue text, the set of
 * articles, their text and sources); `presentation` is how they are laid out (article order, cover,
 * display options).
 * Which part a stage's sign-off covers is in the chain table (chain.ts): 审核 the text; 排版 and 终审 both.
 */
export type ContentFingerprint = { text: string; presentation: string }

const digest = (value: unknown): string => sha256OfCanonical(value).slice(0, 32)

export type FingerprintSource = { id: Id; title?: unknown; titleZh?: unknown; url?: unknown; authors?: unknown; publishedAt?: unknown; thinkTank?: unknown }
export type FingerprintArticle = { id: Id; headline?: unknown; body?: unknown; thinkTank?: unknown; sourceIds: Id[]; topics?: unknown }
export type FingerprintIssue = { [Field in IssueTextField | IssuePresentationField]?: unknown } & { articleIds: Id[] }

export function contentFingerprint(input: {
  issue: FingerprintIssue
  articles: readonly FingerprintArticle[]
  sources: readonly FingerprintSource[]
}): ContentFingerprint {
  const { issue } = input
  const byId = <T extends { id: Id }>(items: readonly T[]) => [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)))
  const text = digest({
    issue: { ...pickFields(issue, ISSUE_TEXT_FIELDS), articles: [...issue.articleIds].map(String).sort() },
    articles: byId(input.articles).map((article) => ({
      id: article.id,
      headline: article.headline,
      body: article.body,
      thinkTank: article.thinkTank,
      sources: article.sourceIds.map(String),
      topics: article.topics,
    })),
    sources: byId(input.sources).map((source) => ({
      id: source.id,
      title: source.title,
      titleZh: source.titleZh,
      url: source.url,
      authors: source.authors,
      publishedAt: source.publishedAt,
      thinkTank: source.thinkTank,
    })),
  })
  const presentation = digest({ order: issue.articleIds.map(String), ...pickFields(issue, ISSUE_PRESENTATION_FIELDS) })
  return { text, presentation }
}

/** The hash stored on a sign-off: both parts, so any later comparison can pick what it covers. */
export const signoffHash = (fingerprint: ContentFingerprint): string => `${fingerprint.text}.${fingerprint.presentation}`

/** Whether the content a sign-off was given on is still the content now, as far as it covers. */
export function hashStillCovers(covers: Coverage, storedHash: string, now: ContentFingerprint): boolean {
  const [text, presentation] = storedHash.split('.')
  return text === now.text && (covers === 'text' || presentation === now.presentation)
}

/** The same for a sign-off of a production stage (a stage outside the chain covers everything). */
export const signoffStillCovers = (stage: string, storedHash: string, now: ContentFingerprint): boolean =>
  hashStillCovers(stepIn(REVIEW_CHAIN, stage)?.covers ?? 'text+presentation', storedHash, now)
