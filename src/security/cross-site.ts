const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type WriteRequest = {
  method: string
  origin: string | null
  referer: string | null
  secFetchSite: string | null
  /** The request carries the sign-in cookie (so a browser attached it on its own). */
  cookieAuth: boolean
}

const originOf = (url: string | null): string | null => (url && URL.canParse(url) ? new URL(url).origin : null)

/**
 * Why a state-changing request must be refused as cross-site, or null. A browser names the page that
 * sent a POST/PATCH/PUT/DELETE in `Origin` (and `Sec-Fetch-Site`); a request from any other origin
 * (another site, or a sibling subdomain that SameSite=Lax would let through) is refused. Requests
 * without a cookie and without a browser's markers (scripts using an API key or JWT header) pass.
 */
export function crossSiteWriteRefusal(request: WriteRequest, allowedOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null
  const sender = request.origin && request.origin !== 'null' ? request.origin : originOf(request.referer)
  if (sender) return allowedOrigins.includes(sender) ? null : `Requests that change data must come from this site, not ${sender}.`
  if (request.origin === 'null') return 'Requests that change data must come from this site (the sending page has no origin).'
  if (request.cookieAuth && request.secFetchSite && request.secFetchSite !== 'same-origin' && request.secFetchSite !== 'none') {
    return 'Requests that change data must come from this site.'
  }
  return null
}
