import { issuePath } from '../../../src/site/release-view'
import { ISSUES_PER_SITEMAP, sitemapParts, type SitemapPart, type SitemapUrl } from '../../../src/site/sitemap'
import { countCurrentReleases, currentReleaseIndex, currentReleaseValues, newestReleaseTime } from './releases'

/** The parts of the sitemap index: one count, no release loaded. */
export async function sitemapIndexParts(): Promise<SitemapPart[]> {
  return sitemapParts(await countCurrentReleases())
}

/** The pages one sitemap part lists (null: no such part), from the current releases' indexed fields only. */
export async function sitemapPartUrls(part: SitemapPart): Promise<SitemapUrl[] | null> {
  if (part.kind === 'pages') {
    const [newest, thinkTanks, topics] = await Promise.all([newestReleaseTime(), currentReleaseValues('thinkTankSlugs'), currentReleaseValues('topics')])
    return [
      { path: '/', ...(newest ? { lastModified: newest } : {}) },
      { path: '/issues' },
      { path: '/corrections' },
      ...thinkTanks.map((slug) => ({ path: `/think-tanks/${slug}` })),
      ...topics.map((topic) => ({ path: `/topics/${encodeURIComponent(topic)}` })),
    ]
  }
  const rows = await currentReleaseIndex(part.block, ISSUES_PER_SITEMAP)
  if (rows === null) return null
  const articles = new Map<string, string>()
  for (const row of rows) for (const slug of row.articleSlugs) if (!articles.has(slug)) articles.set(slug, row.releasedAt)
  return [
    ...rows.map((row) => ({ path: issuePath(row.slug), lastModified: row.releasedAt })),
    ...[...articles].map(([slug, lastModified]) => ({ path: `/articles/${slug}`, lastModified })),
  ]
}
