import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { siteText } from '../../../../src/i18n/site-text'
import { ArticleList } from '../../_components/article-list'
import { site } from '../../_data/cached'
import { getLanguage, getViewer } from '../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const found = await site.getThinkTank(await getViewer(), slug)
  if (!found) return {}
  return {
    title: `${found.thinkTank.name} ${found.thinkTank.acronym ?? found.thinkTank.nameEn}`,
    description: found.thinkTank.description ?? found.thinkTank.nameEn,
    alternates: { canonical: `/think-tanks/${slug}`, types: { 'application/rss+xml': `/think-tanks/${slug}/feed.xml` } },
  }
}

export default async function ThinkTankPage({ params }: Props) {
  const [{ slug }, viewer, language] = await Promise.all([params, getViewer(), getLanguage()])
  const found = await site.getThinkTank(viewer, slug)
  if (!found) notFound()
  const { thinkTank, articles } = found
  return (
    <>
      <p className="meta">{siteText(language, 'thinkTank')}</p>
      <h1>
        <span lang="zh-CN">{thinkTank.name}</span>{' '}
        <span className="acronym" lang="en">
          {thinkTank.acronym ?? ''}
        </span>
      </h1>
      <p lang="en">
        {thinkTank.nameEn}
        {thinkTank.country ? ` · ${thinkTank.country}` : ''}
        {thinkTank.domains?.[0] ? ' · ' : ''}
        {thinkTank.domains?.[0] ? (
          <a href={`https://${thinkTank.domains[0]}`} rel="noopener noreferrer">
            {thinkTank.domains[0]}
          </a>
        ) : null}
      </p>
      {thinkTank.description ? <p lang="zh-CN">{thinkTank.description}</p> : null}
      <h2>{siteText(language, 'articlesAbout')}</h2>
      <ArticleList articles={articles} language={language} />
      <p>
        <a href={`/think-tanks/${slug}/feed.xml`}>RSS</a>
      </p>
    </>
  )
}
