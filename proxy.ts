import { type NextRequest, NextResponse } from 'next/server'

import { ADMIN_LANGUAGE_COOKIE, adminLanguage } from './src/i18n/admin-language'
import { crossSiteMessage, crossSiteWriteRefusal, writeOrigins } from './src/security/cross-site'
import { hasValidPercentEncoding, sameSitePath } from './src/security/same-site-path'
import { areaOf, contentSecurityPolicy, securityHeaders } from './src/security/security-headers'

const SIGN_IN_COOKIE = 'payload-token'
const ONE_CLICK_UNSUBSCRIBE_PATH = '/unsubscribe'

const serverOrigin = (): string | null => {
  const url = process.env.SERVER_URL
  return url && URL.canParse(url) ? new URL(url).origin : null
}

function withHeaders(response: NextResponse | Response, headers: [string, string][]) {
  for (const [name, value] of headers) response.headers.set(name, value)
  return response
}

/**
 * Runs before every route (cached reader pages included): refuses paths that are not valid UTF-8,
 * cross-site writes and unsafe login redirects, and sets the security headers of the area (a fresh
 * CSP nonce for the admin, which Next.js applies to its own scripts).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const area = areaOf(pathname)
  const https = (serverOrigin() ?? '').startsWith('https:')
  const refuse = (status: number, message: string) =>
    withHeaders(Response.json({ errors: [{ message }] }, { status }), securityHeaders('api', { https }))

  if (!hasValidPercentEncoding(pathname)) return refuse(400, 'The address is not valid: it has a broken percent escape.')
  // PostgreSQL cannot store or compare text holding U+0000: refused here for every page and API path.
  if (/%00/i.test(request.nextUrl.pathname + request.nextUrl.search)) return refuse(400, 'The address may not contain a NUL character (%00).')

  const allowed = writeOrigins({ serverUrl: process.env.SERVER_URL, selfOrigin: request.nextUrl.origin, host: request.headers.get('host') })
  // RFC 8058 one-click unsubscribe is POSTed by mail providers from their servers; it carries no cookie
  // authority (the route reads none), its signed token is the credential.
  const oneClickUnsubscribe = pathname === ONE_CLICK_UNSUBSCRIBE_PATH && request.method === 'POST'
  const crossSite = oneClickUnsubscribe ? null : crossSiteWriteRefusal(
    {
      method: request.method,
      origin: request.headers.get('origin'),
      referer: request.headers.get('referer'),
      secFetchSite: request.headers.get('sec-fetch-site'),
      cookieAuth: request.cookies.has(SIGN_IN_COOKIE),
    },
    allowed,
  )
  if (crossSite) {
    const language = adminLanguage(request.cookies.get(ADMIN_LANGUAGE_COOKIE)?.value, request.headers.get('accept-language'))
    return refuse(403, crossSiteMessage(crossSite, language))
  }

  // Payload reads `where[field][operator]=value`; a bare `where=…` makes its query parser fail (500).
  if (area === 'api' && searchParams.has('where')) {
    return refuse(400, 'Give a query as where[field][operator]=value, e.g. where[slug][equals]=x.')
  }

  const redirect = searchParams.get('redirect')
  if (area === 'admin' && redirect !== null && sameSitePath(redirect) === null) {
    return refuse(400, 'The redirect after signing in must be a path on this site.')
  }

  const nonce = area === 'admin' ? btoa(crypto.randomUUID()) : undefined
  const requestHeaders = new Headers(request.headers)
  if (nonce) requestHeaders.set('content-security-policy', contentSecurityPolicy('admin', { nonce, https }))
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), securityHeaders(area, { nonce, https }))
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
