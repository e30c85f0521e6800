import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { siteTextFor } from '../../../../src/i18n/site-text'
import { SafeRichText } from '../../_components/safe-rich-text'
import { site } from '../../_data/cached'
import { getLanguage, getViewer } from '../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const detail = await site.getArticle(await getViewer(), slug)
  if (!detail) return {}
  const url = `/articles/${slug}`
  const description = detail.summary.excerpt
  return {
    title: detail.section.headline,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: detail.section.headline, description, url, locale: 'zh_CN' },
    twitter: { card: 'summary', title: detail.section.headline, description },
  }
}

export default async function ArticlePage({ params }: Props) {
  const [{ slug }, viewer, language] = await Promise.all([params, getViewer(), getLanguage()])
  const detail = await site.getArticle(viewer, slug)
  if (!detail) notFound()
  const { section, sources, summary } = detail
  const { thinkTank } = section
  const t = siteTextFor(language)
  return (
    <article>
      <p className="meta">
        {t('inIssue')} <Link href={`/issues/${summary.issue.slug}`} lang="zh-CN">{summary.issue.title}</Link> · {t('issueNo', { n: summary.issue.number })}
      </p>
      <h1 lang="zh-CN">{section.headline}</h1>
      {thinkTank ? (
        <p className="section-think-tank">
          <Link href={`/think-tanks/${thinkTank.slug}`} lang="zh-CN">
            {thinkTank.name}
          </Link>
          <span className="acronym" lang="en">
            {thinkTank.acronym || thinkTank.nameEn}
          </span>
        </p>
      ) : null}
      <SafeRichText data={section.body} lang="zh-CN" />
      {sources.length > 0 ? (
        <section aria-labelledby="sources" className="references">
          <h2 id="sources">{t('sources')}</h2>
          <ul>
            {sources.map((source) => (
              <li key={source.key}>
                <span lang="en">{source.title}</span>
                {source.titleZh ? <span lang="zh-CN">（《{source.titleZh}》）</span> : null}
                {source.authors.length > 0 ? <span lang="en"> — {source.authors.join(', ')}</span> : null}
                {source.publishedAt ? <span>, {source.publishedAt}</span> : null}
                {source.url ? (
                  <>
                    {' '}
                    <a href={source.url} rel="noopener noreferrer">
                      {source.url}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {summary.topics.length > 0 ? (
        <section aria-labelledby="topics">
          <h2 id="topics">{t('topics')}</h2>
          <ul className="topics">
            {summary.topics.map((topic) => (
              <li key={topic}>
                <Link href={`/topics/${encodeURIComponent(topic)}`} lang="zh-CN">
                  {topic}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
