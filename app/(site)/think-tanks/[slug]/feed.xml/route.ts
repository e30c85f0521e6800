import { siteOrigin } from '../../../_components/site-url'
import { site } from '../../../_data/cached'
import { articlesFeed, feedResponse } from '../../../_data/feeds'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const found = await site.getThinkTank(slug)
  if (!found) return new Response('Not found', { status: 404 })
  const title = `${found.thinkTank.name} ${found.thinkTank.acronym ?? found.thinkTank.nameEn} · 智库观察`
  return feedResponse(articlesFeed(await siteOrigin(), title, `/think-tanks/${slug}`, found.articles), 'rss')
}
