import { issuePath } from '../../../src/site/release-view'
import { currentReleaseIndex } from './releases'

export type SitemapPage = { path: string; lastModified?: string }

/** Every page readers can reach now, from the current releases' indexes (no content loaded). */
export async function sitemapPages(): Promise<SitemapPage[]> {
  const rows = await currentReleaseIndex()
  const articles = new Map<string, string>()
  for (const row of rows) for (const slug of row.articleSlugs) if (!articles.has(slug)) articles.set(slug, row.releasedAt)
  const thinkTanks = [...new Set(rows.flatMap((row) => row.thinkTankSlugs))]
  const topics = [...new Set(rows.flatMap((row) => row.topics))]
  return [
    { path: '/', lastModified: rows.map((row) => row.releasedAt).sort().at(-1) },
    { path: '/issues' },
    { path: '/corrections' },
    ...rows.map((row) => ({ path: issuePath(row.slug), lastModified: row.releasedAt })),
    ...[...articles].map(([slug, lastModified]) => ({ path: `/articles/${slug}`, lastModified })),
    ...thinkTanks.map((slug) => ({ path: `/think-tanks/${slug}` })),
    ...topics.map((topic) => ({ path: `/topics/${encodeURIComponent(topic)}` })),
  ]
}
