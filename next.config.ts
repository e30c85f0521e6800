import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
}

const CLIENT_HINTS = new Set(['accept-ch', 'critical-ch'])

/**
 * withPayload asks every route for the colour-scheme client hint (`Accept-CH`, `Critical-CH`, and
 * `Vary` on it). Only the admin reads it; on reader pages `Critical-CH` makes Chrome load the first
 * page twice and the `Vary` splits shared caches, so those headers stay on /admin.
 */
function clientHintsForAdminOnly(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).flatMap((rule) => {
        const hints = rule.headers.some((header) => CLIENT_HINTS.has(header.key.toLowerCase()))
        if (!hints || rule.source !== '/:path*') return [rule]
        const others = rule.headers.filter((header) => !CLIENT_HINTS.has(header.key.toLowerCase()) && !/^Sec-CH-/i.test(header.value))
        return [{ ...rule, source: '/admin/:path*' }, ...(others.length > 0 ? [{ ...rule, headers: others }] : [])]
      }),
  }
}

export default clientHintsForAdminOnly(withPayload(nextConfig, { devBundleServerPackages: false }))
