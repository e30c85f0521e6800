import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { siteText } from '../../../../src/i18n/site-text'
import { readerPageNumber } from '../../../../src/site/page-number'
import { ArticleList } from '../../_components/article-list'
import { Pagination } from '../../_components/pagination'
import { site } from '../../_data/cached'
import { getLanguage } from '../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const topicOf = async (params: Props['params']) => decodeURIComponent((await params).slug)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await topicOf(params)
  const found = await site.getTopic(topic)
  if (!found) return {}
  const path = `/topics/${encodeURIComponent(found.topic)}`
  return { title: found.topic, alternates: { canonical: path, types: { 'application/rss+xml': `${path}/feed.xml` } } }
}

export default async function TopicPage({ params, searchParams }: Props & { searchParams: Promise<{ page?: string }> }) {
  const [topic, { page }, language] = await Promise.all([topicOf(params), searchParams, getLanguage()])
  const pageNumber = readerPageNumber(page)
  if (pageNumber === null) notFound()
  const found = await site.getTopic(topic, pageNumber)
  if (!found) notFound()
  return (
    <>
      <p className="meta">{siteText(language, 'topics')}</p>
      <h1 lang="zh-CN">{found.topic}</h1>
      <ArticleList articles={found.articles} language={language} />
      <Pagination path={`/topics/${encodeURIComponent(found.topic)}`} page={found.page} pages={found.pages} language={language} />
      <p>
        <a href={`/topics/${encodeURIComponent(found.topic)}/feed.xml`}>RSS</a>
      </p>
    </>
  )
}
