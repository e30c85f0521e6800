import type { AdminLanguage } from '../i18n/admin-language'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type WriteRequest = {
  method: string
  origin: string | null
  referer: string | null
  secFetchSite: string | null
  /** The request carries the sign-in cookie (so a browser attached it on its own). */
  cookieAuth: boolean
}

/** Why a write was refused: sent from another origin (named), from a page without an origin, or marked cross-site. */
export type CrossSiteRefusal = { kind: 'other-origin'; sender: string } | { kind: 'no-origin' } | { kind: 'cross-site' }

const originOf = (url: string | null): string | null => (url && URL.canParse(url) ? new URL(url).origin : null)

/**
 * An address no outside DNS can point elsewhere: an IP literal or localhost. A name (desk.example) could be
 * an attacker's, re-resolved to this server (DNS rebinding), so a name needs SERVER_URL.
 */
const cannotBeRebound = (hostname: string): boolean =>
  hostname === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || (hostname.startsWith('[') && hostname.endsWith(']'))

/**
 * The origins a state-changing request may come from. With a public URL configured (SERVER_URL) that
 * origin, and the one the server names itself by (`http://localhost:<port>` behind `npm start`); without
 * one, also the address the request was sent to (its `Host`), in either scheme, so the site works on
 * whatever IP address it is reached by (127.0.0.1, a LAN address); a host name needs SERVER_URL. A cross-site page cannot choose the `Host`
 * its victim's browser sends, only its own `Origin`, so this stays a same-origin rule.
 */
export function writeOrigins(options: { serverUrl: string | null | undefined; selfOrigin: string; host: string | null }): string[] {
  const configured = options.serverUrl && URL.canParse(options.serverUrl) ? new URL(options.serverUrl).origin : null
  if (configured) return [...new Set([configured, options.selfOrigin])]
  const host = options.host?.trim().toLowerCase()
  const reached = host && /^[a-z0-9.\-[\]:]+$/.test(host) ? [`http://${host}`, `https://${host}`].filter((url) => URL.canParse(url)).map((url) => new URL(url).origin) : []
  return [...new Set([options.selfOrigin, ...reached.filter((origin) => cannotBeRebound(new URL(origin).hostname))])]
}

/**
 * Why a state-changing request must be refused as cross-site, or null. A browser names the page that
 * sent a POST/PATCH/PUT/DELETE in `Origin` (and `Sec-Fetch-Site`); a request from any other origin
 * (another site, or a sibling subdomain that SameSite=Lax would let through) is refused. Requests
 * without a cookie and without a browser's markers (scripts using an API key or JWT header) pass.
 */
export function crossSiteWriteRefusal(request: WriteRequest, allowedOrigins: readonly string[]): CrossSiteRefusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null
  const sender = request.origin && request.origin !== 'null' ? request.origin : originOf(request.referer)
  if (sender) return allowedOrigins.includes(sender) ? null : { kind: 'other-origin', sender }
  if (request.origin === 'null') return { kind: 'no-origin' }
  if (request.cookieAuth && request.secFetchSite && request.secFetchSite !== 'same-origin' && request.secFetchSite !== 'none') {
    return { kind: 'cross-site' }
  }
  return null
}

/** The refusal as a person reads it, in the admin's language. */
export function crossSiteMessage(refusal: CrossSiteRefusal, language: AdminLanguage): string {
  if (language === 'en') {
    if (refusal.kind === 'other-origin') return `Requests that change data must come from this site, not ${refusal.sender}. Open the admin at its own address.`
    if (refusal.kind === 'no-origin') return 'Requests that change data must come from this site (the sending page has no origin).'
    return 'Requests that change data must come from this site.'
  }
  if (refusal.kind === 'other-origin') return `修改数据的请求必须来自本站，不能来自 ${refusal.sender}。请在本站自己的地址打开后台。`
  if (refusal.kind === 'no-origin') return '修改数据的请求必须来自本站（发送请求的页面没有来源）。'
  return '修改数据的请求必须来自本站。'
}
