import { revalidateTag } from 'next/cache'

import { readerCachePurge } from './purge-registry'

/** Long enough for the workflow's transaction to commit (where the database has transactions). */
export const AFTER_COMMIT_MS = 1000

export type Expiry = 'expired' | 'through-server' | 'no-server'

/**
 * Expires reader-page tags in this process: the response cache's entries at once, and Next.js's
 * data cache — directly inside a request, through the server's own endpoint outside one (a job's
 * timer). In a process without a server (a script) there is nothing here to expire.
 */
export function expireReaderTags(tags: readonly string[]): Expiry {
  const registry = readerCachePurge()
  registry?.purge(tags)
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return 'expired'
  } catch (error) {
    if (!registry?.expireDataCache) return 'no-server'
    if (!(error instanceof Error)) throw error
    void registry.expireDataCache(tags)
    return 'through-server'
  }
}
