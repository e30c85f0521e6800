import { isSiteLanguage, type SiteLanguage } from '../i18n/site-text'
import { pageTags } from './reader-cache-tags'

/** Cookies that make a response personal: Next.js draft mode (preview) and a Payload session. */
export const BYPASS_COOKIES = ['__prerender_bypass', 'payload-token'] as const
export const LANGUAGE_COOKIE = 'zhiku-lang'

/** How long a cached reader response is fresh, and how long after that it may be served while refreshed. */
export const FRESH_SECONDS = 5
export const STALE_SECONDS = 5

export type ReaderRequest = {
  method: string
  /** The request target: path and query. */
  url: string
  host: string
  cookie: string | undefined
  /** A Next.js client navigation (RSC payload) rather than a page: its answer depends on the router state. */
  rsc: boolean
}

export type CacheDecision =
  | { cache: false; reason: string }
  | { cache: true; key: string; tags: string[]; language: SiteLanguage; pathname: string }

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const at = part.indexOf('=')
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

/**
 * Whether a request may be answered from (and stored in) the reader response cache, and under
 * which key. Only anonymous GET/HEAD requests for reader pages qualify; the key holds the host (the
 * pages' canonical URLs come from it when SERVER_URL is unset), the chrome's language and the path
 * with its query. HEAD shares GET's entry.
 */
export function readerCacheDecision(request: ReaderRequest): CacheDecision {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { cache: false, reason: 'method' }
  if (request.rsc) return { cache: false, reason: 'client navigation' }
  if (BYPASS_COOKIES.some((name) => cookieValue(request.cookie, name) !== undefined)) return { cache: false, reason: 'preview or signed in' }
  const query = request.url.indexOf('?')
  const pathname = query === -1 ? request.url : request.url.slice(0, query)
  const tags = pageTags(pathname)
  if (!tags) return { cache: false, reason: 'not a reader page' }
  const chosen = cookieValue(request.cookie, LANGUAGE_COOKIE)
  const language: SiteLanguage = isSiteLanguage(chosen) ? chosen : 'zh'
  return { cache: true, key: `${request.host}|${language}|${request.url}`, tags, language, pathname }
}

/** The Cache-Control of a cached reader response: shared caches may keep it briefly and refresh it in the background. */
export const READER_CACHE_CONTROL = `public, max-age=0, s-maxage=${FRESH_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`

/** Whether an If-None-Match header names this ETag (a list, a weak form, or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim()
    return value === '*' || value.replace(/^W\//, '') === bare
  })
}
