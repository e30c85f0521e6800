/**
 * The one judge of redirect targets (`/preview`, `/preview/exit`, `/lang`, the login page): only a
 * path on this site survives. The value is decoded until it stops changing (so `%5C`, `%255C` and
 * friends are seen as the browser would see them), then refused when a browser could read it as
 * another host: a scheme, `//`, a backslash anywhere (browsers treat `\` as `/`), control or
 * whitespace characters (browsers strip tabs and newlines before resolving), or invalid percent
 * escapes. Returns the path to redirect to, or null when the caller should answer 400.
 */
export function sameSitePath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null
  const decoded = fullyDecoded(raw)
  if (decoded === null) return null
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return null
  if (/[\\\s\p{Cc}\p{Cf}]/u.test(decoded)) return null
  if (/^\/[a-z][a-z0-9+.-]*:/i.test(decoded) && decoded.includes('://')) return null
  // Resolve dot segments against a fixed host and check that the host did not move.
  const resolved = new URL(raw.replace(/[\\]/g, '/'), 'https://same.site.invalid')
  if (resolved.host !== 'same.site.invalid') return null
  const normalised = new URL(decoded, 'https://same.site.invalid')
  if (normalised.host !== 'same.site.invalid') return null
  const path = normalised.pathname + normalised.search + normalised.hash
  return path.startsWith('//') ? null : path
}

function fullyDecoded(value: string): string | null {
  let current = value
  for (let round = 0; round < 5; round += 1) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return null
    }
    if (next === current) return current
    current = next
  }
  return null
}

/** The path and query of a Referer header when it is a URL on `origin`; null otherwise (never throws). */
export function refererPathOn(referer: string | null, origin: string): string | null {
  if (!referer || !URL.canParse(referer)) return null
  const url = new URL(referer)
  if (url.origin !== origin) return null
  return sameSitePath(url.pathname + url.search)
}

/** True when every percent escape in a URL path decodes to valid UTF-8 (`/articles/%FF%FE` does not). */
export function hasValidPercentEncoding(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
