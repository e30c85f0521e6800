import { surrogateKey } from '../../src/site/reader-cache-tags'

/**
 * Purges a CDN in front of the site by the tags a release expires (the `Surrogate-Key`/`Cache-Tag`
 * its cached pages carry): `POST $ZHIKU_CDN_PURGE_URL` with `{ "tags": [...], "surrogateKeys": [...] }`
 * and, when set, `Authorization: Bearer $ZHIKU_CDN_PURGE_TOKEN` — a small adapter (a serverless
 * function, a proxy's purge endpoint) turns that into the CDN's own purge call. Unset: nothing is sent.
 */
export async function purgeCdn(tags: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<'sent' | 'off'> {
  const url = env.ZHIKU_CDN_PURGE_URL
  if (!url || tags.length === 0) return 'off'
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(env.ZHIKU_CDN_PURGE_TOKEN ? { authorization: `Bearer ${env.ZHIKU_CDN_PURGE_TOKEN}` } : {}) },
    body: JSON.stringify({ tags, surrogateKeys: tags.map(surrogateKey) }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`the CDN purge webhook answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
  return 'sent'
}
