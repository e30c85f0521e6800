import { siteOrigin } from '../_components/site-url'
import { site } from '../_data/cached'
import { feedResponse, issuesFeed } from '../_data/feeds'
import { READER } from '../_data/viewer'

export const dynamic = 'force-dynamic'

export async function GET() {
  const [issues, articles] = await Promise.all([site.listIssues(READER), site.listArticles(READER)])
  return feedResponse(issuesFeed(await siteOrigin(), issues, articles), 'atom')
}
