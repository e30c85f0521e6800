import type { MetadataRoute } from 'next'

import { siteOrigin } from './(site)/_components/site-url'
import { site } from './(site)/_data/cached'

export const dynamic = 'force-dynamic'

/** Every page readers can reach now: issues, articles, think tanks and topics of the current releases. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin()
  const pages = await site.sitemapPages()
  return pages.map(({ path, lastModified }) => ({ url: `${origin}${path}`, ...(lastModified ? { lastModified } : {}) }))
}
