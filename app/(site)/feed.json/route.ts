import { siteOrigin } from '../_components/site-url'
import { site } from '../_data/cached'
import { feedResponse, issuesFeed } from '../_data/feeds'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { issues, articles } = await site.feedIssues()
  return feedResponse(issuesFeed(await siteOrigin(), issues, articles), 'json')
}
