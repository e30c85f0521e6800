import Link from 'next/link'

import { listPublishedIssues } from './_data/issues'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const issues = await listPublishedIssues()
  return (
    <>
      <h1>最新期刊</h1>
      {issues.length === 0 ? (
        <p>尚无已发布的期刊。</p>
      ) : (
        <ol className="issue-list">
          {issues.map((issue) => (
            <li key={issue.id}>
              <span className="issue-meta">
                {issue.newsletterTitle} · 第 {issue.number} 期
              </span>
              <br />
              <Link href={`/issues/${issue.slug}`}>{issue.title}</Link>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
