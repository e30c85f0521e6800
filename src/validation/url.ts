const ALLOWED_PROTOCOLS = new Set(['http:', 'https:'])

/** True for absolute http(s) URLs with a host; everything else (javascript:, data:, relative) is refused. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return false
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return false
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== ''
}

/** The URL's host without a leading `www.`, lower-cased; undefined when it is not an http(s) URL. */
export function urlDomain(value: string): string | undefined {
  if (!isHttpUrl(value)) return undefined
  return new URL(value).hostname.toLowerCase().replace(/^www\./, '')
}

const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** A bare host name such as `csis.org` (no scheme, no path, lower case). */
export const isDomain = (value: unknown): value is string =>
  typeof value === 'string' && DOMAIN_PATTERN.test(value)
