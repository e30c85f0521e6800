import type { MetadataRoute } from 'next'

import { siteOrigin } from './(site)/_components/site-url'

export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', '/search'] }],
    sitemap: `${await siteOrigin()}/sitemap.xml`,
  }
}
