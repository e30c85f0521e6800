import { isHttpUrl } from '../validation/url'
import type { CheckedIssue, CheckFinding } from './types'

type Check = (issue: CheckedIssue) => CheckFinding[]

const hasArticles: Check = (issue) =>
  issue.articles.length > 0
    ? []
    : [{ code: 'issue-without-articles', severity: 'error', location: 'issue', message: 'The issue has no articles. 本期没有文章。' }]

const articlesCiteSources: Check = (issue) =>
  issue.articles
    .filter((article) => article.sources.length === 0)
    .map((article) => ({
      code: 'article-without-source',
      severity: 'error',
      location: `article:${article.id}`,
      message: `Article "${article.headline ?? article.id}" cites no source. 文章未引用任何文献。`,
    }))

const sourceUrlsAreHttp: Check = (issue) => {
  const seen = new Set<string>()
  const findings: CheckFinding[] = []
  for (const source of issue.articles.flatMap((article) => article.sources)) {
    if (seen.has(String(source.id))) continue
    seen.add(String(source.id))
    if (!isHttpUrl(source.url)) {
      findings.push({
        code: 'source-url-invalid',
        severity: 'error',
        location: `source:${source.id}`,
        message: `Source "${source.title ?? source.id}" has no valid http(s) URL. 文献链接无效。`,
      })
    }
  }
  return findings
}

/** The checks that exist so far; the importer issue adds the domain-aware ones. */
const CHECKS: readonly Check[] = [hasArticles, articlesCiteSources, sourceUrlsAreHttp]

export function runEditorialChecks(issue: CheckedIssue): CheckFinding[] {
  return CHECKS.flatMap((check) => check(issue))
}
