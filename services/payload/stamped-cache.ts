import type { Payload, PayloadRequest } from 'payload'

type Entry = { stamp: string; value: Promise<unknown> }
const caches = new WeakMap<Payload, Map<string, Entry>>()

/**
 * A value the system reads often and rarely changes (every think tank, the style list), kept across
 * requests in this process and loaded again only when `stamp` — one cheap query, such as the count
 * and newest `updatedAt` — differs from the one it was loaded under. Only for requests without a
 * user: what a person may read is decided per request, so theirs load as before.
 */
export async function loadStamped<T>(req: PayloadRequest, key: string, stamp: () => Promise<string>, load: () => Promise<T>): Promise<T> {
  if (req.user) return load()
  let cache = caches.get(req.payload)
  if (!cache) {
    cache = new Map()
    caches.set(req.payload, cache)
  }
  const current = await stamp()
  const entry = cache.get(key)
  if (entry && entry.stamp === current) return entry.value as Promise<T>
  const value = load()
  cache.set(key, { stamp: current, value })
  // A failed load is not kept.
  value.catch(() => cache.delete(key))
  return value
}
