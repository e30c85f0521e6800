import { renderSitemapIndex, sitemapPartPath } from '../../../src/site/sitemap'
import { siteOrigin } from '../_components/site-url'
import { site } from '../_data/cached'
import { sitemapResponse } from '../_data/sitemap-response'

export const dynamic = 'force-dynamic'

/** The sitemap index: the pages part and one part per block of issues (src/site/sitemap.ts). */
export async function GET() {
  const parts = await site.sitemapIndexParts()
  return sitemapResponse(renderSitemapIndex(await siteOrigin(), parts.map((part) => ({ path: sitemapPartPath(part) }))))
}
