import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatCreditLine } from '../../../../src/content/credits'
import { getPublishedIssue } from '../../_data/issues'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const published = await getPublishedIssue((await params).slug)
  return published ? { title: published.issue.title } : {}
}

export default async function IssuePage({ params }: Props) {
  const published = await getPublishedIssue((await params).slug)
  if (!published) notFound()
  const { issue, newsletter, sections, references, credits } = published
  return (
    <article className="issue">
      <p className="issue-meta">
        {newsletter?.title} · 第 {issue.number} 期
      </p>
      <h1>{issue.title}</h1>
      {issue.intro ? <RichText data={issue.intro} className="intro" /> : null}
      {sections.map(({ article, thinkTank, referenceNumbers }) => (
        <section key={article.id} aria-labelledby={`article-${article.id}`} className="issue-section">
          <h2 id={`article-${article.id}`}>
            {thinkTank ? (
              <span className="section-think-tank">
                {thinkTank.name}
                <span className="acronym" lang="en">
                  {thinkTank.acronym || thinkTank.nameEn}
                </span>
              </span>
            ) : null}
            {article.headline}
          </h2>
          <RichText data={article.body} />
          {referenceNumbers.length > 0 ? (
            <p className="section-refs">参考文献 {referenceNumbers.map((n) => `[${n}]`).join(' ')}</p>
          ) : null}
        </section>
      ))}
      {references.length > 0 ? (
        <section className="references" aria-labelledby="references">
          <h2 id="references">参考文献</h2>
          <ol>
            {references.map((reference) => (
              <li key={reference.id} value={reference.number}>
                <a href={reference.url} rel="noopener noreferrer">
                  {reference.url}
                </a>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {credits.length > 0 ? (
        <footer className="credits" aria-label="署名">
          {credits.map((line) => (
            <p key={line.stage}>{formatCreditLine(line)}</p>
          ))}
        </footer>
      ) : null}
    </article>
  )
}
