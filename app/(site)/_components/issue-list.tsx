import Link from 'next/link'

import { siteText, type SiteLanguage } from '../../../src/i18n/site-text'
import type { IssueSummary } from '../_data/content'

/** A list of issues: newsletter, number, date and title. */
export function IssueList({ issues, language }: { issues: IssueSummary[]; language: SiteLanguage }) {
  return (
    <ol className="issue-list">
      {issues.map((issue) => (
        <li key={issue.id}>
          <span className="meta">
            {issue.newsletterTitle} · {siteText(language, 'issueNo', { n: issue.number })} ·{' '}
            <time dateTime={issue.publishedOn}>{issue.publishedOn.slice(0, 10)}</time>
          </span>
          <br />
          <Link href={`/issues/${issue.slug}`} lang="zh-CN">
            {issue.title}
          </Link>
        </li>
      ))}
    </ol>
  )
}
