import { siteOrigin } from '../../../_components/site-url'
import { site } from '../../../_data/cached'
import { articlesFeed, feedResponse } from '../../../_data/feeds'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const topic = decodeURIComponent((await params).slug)
  const found = await site.getTopic(topic)
  if (!found) return new Response('Not found', { status: 404 })
  return feedResponse(articlesFeed(await siteOrigin(), `${found.topic} · 智库观察`, `/topics/${encodeURIComponent(found.topic)}`, found.articles), 'rss')
}
