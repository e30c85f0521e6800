import { parseSitemapPart, renderUrlset } from '../../../../src/site/sitemap'
import { siteOrigin } from '../../_components/site-url'
import { site } from '../../_data/cached'
import { sitemapResponse } from '../../_data/sitemap-response'

export const dynamic = 'force-dynamic'

/** One part of the sitemap: /sitemaps/pages.xml or /sitemaps/issues-<n>.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const part = parseSitemapPart((await params).part)
  const urls = part ? await site.sitemapPartUrls(part) : null
  if (!urls) return new Response('No such sitemap.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return sitemapResponse(renderUrlset(await siteOrigin(), urls))
}
