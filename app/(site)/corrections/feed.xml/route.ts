import { siteOrigin } from '../../_components/site-url'
import { site } from '../../_data/cached'
import { correctionsFeed, feedResponse } from '../../_data/feeds'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { items } = await site.listCorrections(1, 50)
  return feedResponse(correctionsFeed(await siteOrigin(), items), 'rss')
}
