export type AdminLanguage = 'zh' | 'en'

/** The cookie Payload keeps the admin's chosen language in (`${cookiePrefix}-lng`, prefix `payload`). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

/**
 * The language to answer a request in: the admin's language cookie when the request carries one,
 * else the first of Chinese or English that `Accept-Language` names (by quality), else Chinese.
 */
export function adminLanguage(cookie: string | null | undefined, acceptLanguage: string | null | undefined): AdminLanguage {
  if (cookie === 'zh' || cookie === 'en') return cookie
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]
    if (primary === 'zh' || primary === 'en') return primary
  }
  return 'zh'
}
