/** Which part of the app answers: reader pages (cacheable), the admin (dynamic), or the API. */
export type Area = 'site' | 'admin' | 'api'

const join = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ')

const COMMON = {
  'default-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'media-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self' blob:",
}

/**
 * The Content-Security-Policy of each area.
 *
 * - Admin pages are rendered per request, so their scripts carry a fresh nonce: only scripts Next.js
 *   wrote into this response run, plus what they load ('strict-dynamic').
 * - Reader pages are served from Next's full-route cache (static/ISR) and a response cache, so one
 *   rendered page answers many requests and cannot carry a per-request nonce; and the inline scripts
 *   Next.js writes (the RSC payload) differ per page and per build, so hashes cannot be listed either.
 *   They get script-src 'self' 'unsafe-inline' with everything else locked: no plugins, no foreign
 *   hosts for scripts, styles, images, fetches or forms, no <base>, no framing. What keeps reader pages
 *   free of injected script is that they render no raw HTML: React escapes text, rich text goes
 *   through the safe renderer, links are http(s)/mailto only.
 * - The API serves JSON and files: nothing in it may run.
 */
export function contentSecurityPolicy(area: Area, { nonce, https }: { nonce?: string; https: boolean }): string {
  const upgrade: Record<string, string> = https ? { 'upgrade-insecure-requests': '' } : {}
  if (area === 'api') return join({ 'default-src': "'none'", 'frame-ancestors': "'none'", sandbox: '' })
  if (area === 'admin') {
    const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'"
    return join({ ...COMMON, 'script-src': scripts, 'frame-src': "'self'", 'frame-ancestors': "'self'", ...upgrade })
  }
  return join({ ...COMMON, 'script-src': "'self' 'unsafe-inline'", 'frame-src': "'none'", 'frame-ancestors': "'none'", ...upgrade })
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ')

/** Every security header a response of `area` carries (HSTS only when the site is served over https). */
export function securityHeaders(area: Area, options: { nonce?: string; https: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(area, options)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['X-Frame-Options', area === 'admin' ? 'SAMEORIGIN' : 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ]
  if (options.https) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'])
  return headers
}

export function areaOf(pathname: string): Area {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  return 'site'
}
