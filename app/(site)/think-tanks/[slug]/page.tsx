import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { siteText } from '../../../../src/i18n/site-text'
import { readerPageNumber } from '../../../../src/site/page-number'
import { safeHref } from '../../../../src/site/safe-href'
import { ArticleList } from '../../_components/article-list'
import { Pagination } from '../../_components/pagination'
import { site } from '../../_data/cached'
import { getLanguage } from '../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const found = await site.getThinkTank(slug)
  if (!found) return {}
  return {
    title: `${found.thinkTank.name} ${found.thinkTank.acronym ?? found.thinkTank.nameEn}`,
    description: found.thinkTank.country ? `${found.thinkTank.nameEn} · ${found.thinkTank.country}` : found.thinkTank.nameEn,
    alternates: { canonical: `/think-tanks/${slug}`, types: { 'application/rss+xml': `/think-tanks/${slug}/feed.xml` } },
  }
}

export default async function ThinkTankPage({ params, searchParams }: Props & { searchParams: Promise<{ page?: string }> }) {
  const [{ slug }, { page }, language] = await Promise.all([params, searchParams, getLanguage()])
  const pageNumber = readerPageNumber(page)
  if (pageNumber === null) notFound()
  const found = await site.getThinkTank(slug, pageNumber)
  if (!found) notFound()
  const { thinkTank, articles } = found
  const website = thinkTank.website ? safeHref(thinkTank.website) : null
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
        {website ? ' · ' : ''}
        {website ? (
          <a href={website} rel="noopener noreferrer">
            {new URL(website).host}
          </a>
        ) : null}
      </p>
      <h2>{siteText(language, 'articlesAbout')}</h2>
      <ArticleList articles={articles} language={language} />
      <Pagination path={`/think-tanks/${slug}`} page={found.page} pages={found.pages} language={language} />
      <p>
        <a href={`/think-tanks/${slug}/feed.xml`}>RSS</a>
      </p>
    </>
  )
}
