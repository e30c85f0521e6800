import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { formatCreditLine } from '../../../../src/content/credits'
import { siteTextFor } from '../../../../src/i18n/site-text'
import { lexicalToPlainText, type LexicalDocument } from '../../../../src/richtext/lexical-json'
import { SafeRichText } from '../../_components/safe-rich-text'
import { site } from '../../_data/cached'
import { getLanguage, getViewer } from '../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const detail = await site.getIssue(await getViewer(), slug)
  if (!detail) return {}
  const description = lexicalToPlainText(detail.issue.intro as LexicalDocument | null).slice(0, 160)
  const url = `/issues/${slug}`
  return {
    title: detail.issue.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: detail.issue.title, description, url, locale: 'zh_CN', publishedTime: detail.summary.publishedOn },
    twitter: { card: 'summary_large_image', title: detail.issue.title, description },
  }
}

export default async function IssuePage({ params }: Props) {
  const [{ slug }, viewer, language] = await Promise.all([params, getViewer(), getLanguage()])
  const detail = await site.getIssue(viewer, slug)
  if (!detail) notFound()
  const { issue, summary, sections, references, credits, previous, next } = detail
  const t = siteTextFor(language)
  return (
    <article className="issue">
      <p className="meta">
        {summary.newsletterTitle} · {t('issueNo', { n: issue.number })} · <time dateTime={summary.publishedOn}>{summary.publishedOn.slice(0, 10)}</time>
      </p>
      <h1 lang="zh-CN">{issue.title}</h1>
      <SafeRichText data={issue.intro} className="intro" lang="zh-CN" />
      {sections.map(({ article, thinkTank, referenceNumbers }) => (
        <section key={article.id} aria-labelledby={`article-${article.id}`} className="issue-section" lang="zh-CN">
          <h2 id={`article-${article.id}`}>
            {thinkTank ? (
              <span className="section-think-tank">
                <Link href={`/think-tanks/${thinkTank.slug}`}>{thinkTank.name}</Link>
                <span className="acronym" lang="en">
                  {thinkTank.acronym || thinkTank.nameEn}
                </span>
              </span>
            ) : null}
            <Link href={`/articles/${article.slug}`} className="headline-link">
              {article.headline}
            </Link>
          </h2>
          <SafeRichText data={article.body} />
          {referenceNumbers.length > 0 ? (
            <p className="section-refs">
              {t('references')} {referenceNumbers.map((n) => `[${n}]`).join(' ')}
            </p>
          ) : null}
        </section>
      ))}
      {references.length > 0 ? (
        <section className="references" aria-labelledby="references">
          <h2 id="references">{t('references')}</h2>
          <ol>
            {references.map((reference) => (
              <li key={reference.id} value={reference.number}>
                {issue.displayOptions?.showReferenceTitles ? <span lang="en">{reference.title}. </span> : null}
                {reference.url ? (
                  <a href={reference.url} rel="noopener noreferrer">
                    {reference.url}
                  </a>
                ) : (
                  <span>{reference.title}</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {credits.length > 0 ? (
        <footer className="credits" aria-label={t('credits')} lang="zh-CN">
          {credits.map((line) => (
            <p key={line.stage}>{formatCreditLine(line)}</p>
          ))}
        </footer>
      ) : null}
      <nav className="issue-nav" aria-label={`${t('previous')} / ${t('next')}`}>
        {previous ? (
          <Link href={`/issues/${previous.slug}`} rel="prev">
            ← {t('previous')}：<span lang="zh-CN">{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/issues/${next.slug}`} rel="next">
            {t('next')}：<span lang="zh-CN">{next.title}</span> →
          </Link>
        ) : null}
      </nav>
    </article>
  )
}
