import type { MetadataRoute } from 'next'

import { siteOrigin } from './(site)/_components/site-url'
import { site } from './(site)/_data/cached'
import { READER } from './(site)/_data/viewer'

export const dynamic = 'force-dynamic'

/** Every published page: issues, articles, think tanks and topics. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin()
  const [issues, articles] = await Promise.all([site.listIssues(READER), site.listArticles(READER)])
  const thinkTanks = [...new Set(articles.flatMap((article) => (article.thinkTank ? [article.thinkTank.slug] : [])))]
  const topics = [...new Set(articles.flatMap((article) => article.topics))]
  return [
    { url: `${origin}/`, lastModified: issues[0]?.publishedOn },
    { url: `${origin}/issues` },
    ...issues.map((issue) => ({ url: `${origin}/issues/${issue.slug}`, lastModified: issue.publishedOn })),
    ...articles.map((article) => ({ url: `${origin}/articles/${article.slug}`, lastModified: article.publishedOn })),
    ...thinkTanks.map((slug) => ({ url: `${origin}/think-tanks/${slug}` })),
    ...topics.map((topic) => ({ url: `${origin}/topics/${encodeURIComponent(topic)}` })),
  ]
}
