import { canonicalUrl } from '../watch/canonical-url'
import type { Say } from './say'
import type { CheckedIssue, CheckFinding, PriorCitation } from './types'

const citedBy = (issue: { number: number; title: string }, say: Say) => say(`第 ${issue.number} 期“${issue.title}”`, `issue ${issue.number} "${issue.title}"`)

/**
 * Sources an earlier published issue already cited, compared by canonical URL (tracking parameters,
 * fragments and host case do not make a report new). The issue itself and its own earlier revisions
 * do not count; once it is published, only issues published before its first release are earlier.
 */
export function sourcesCitedBefore(issue: CheckedIssue, say: Say): CheckFinding[] {
  const prior = issue.priorCitations ?? []
  if (prior.length === 0) return []
  const own = issue.id == null ? undefined : String(issue.id)
  const ownFirst = prior
    .filter((entry) => own !== undefined && String(entry.issueId) === own)
    .map((entry) => entry.publishedAt)
    .sort()[0]
  const earlier = prior.filter((entry) => String(entry.issueId) !== own && (ownFirst === undefined || entry.publishedAt < ownFirst))
  const seen = new Set<string>()
  return issue.articles
    .flatMap((article) => article.sources)
    .flatMap((source) => {
      if (seen.has(String(source.id))) return []
      seen.add(String(source.id))
      const url = source.url ? canonicalUrl(source.url) : undefined
      if (!url) return []
      const byIssue = new Map<string, PriorCitation>()
      for (const entry of earlier.filter((candidate) => candidate.urls.includes(url)).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))) {
        if (!byIssue.has(String(entry.issueId))) byIssue.set(String(entry.issueId), entry)
      }
      const issues = [...byIssue.values()]
      if (issues.length === 0) return []
      const title = source.title ?? String(source.id)
      return [
        {
          code: 'source-cited-before',
          severity: 'warning' as const,
          location: `source:${source.id}`,
          message: say(
            `文献“${title}”（${url}）已在${issues.map((entry) => citedBy(entry, say)).join('、')}中引用过。`,
            `Source "${title}" (${url}) was already cited in ${issues.map((entry) => citedBy(entry, say)).join(', ')}.`,
          ),
        },
      ]
    })
}
