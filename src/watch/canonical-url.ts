/*
 * The canonical form of a report's URL, the key that makes a report one lead however many feeds or
 * links carry it: absolute http(s), host lower-cased, default port dropped, fragment removed, and
 * tracking parameters (utm_* and the click/mail identifiers of ad and mail tools) removed.
 */

const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wt.mc_id',
  'spm',
  'share_token',
])

export const isTrackingParameter = (name: string): boolean => {
  const lower = name.toLowerCase()
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower)
}

/**
 * `raw` resolved against `base` (when relative) and canonicalised; undefined when it is not an
 * http(s) URL with a host.
 */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  const trimmed = raw.trim()
  if (trimmed === '') return undefined
  let url: URL
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed)
  } catch {
    return undefined
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined
  url.hash = ''
  url.username = ''
  url.password = ''
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name)
  }
  // URL keeps "?" when every parameter went; drop it.
  if ([...url.searchParams.keys()].length === 0) url.search = ''
  return url.toString()
}
