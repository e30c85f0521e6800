const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** A link target that may reach a reader: absolute http(s) or mailto. Anything else is dropped. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  try {
    const parsed = new URL(trimmed)
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}
