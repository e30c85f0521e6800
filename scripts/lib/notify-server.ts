import { installReaderCachePurge } from '../../services/reader-cache/purge-registry'

/**
 * A script writes releases in its own process, where there is no page cache to expire: this
 * collects the tags its releases would expire, for sending to the running server(s) afterwards.
 */
export function collectReaderTags(): { tags: () => string[]; add: (tags: readonly string[]) => void; take: () => string[]; stop: () => void } {
  const collected = new Set<string>()
  const add = (tags: readonly string[]) => tags.forEach((tag) => collected.add(tag))
  installReaderCachePurge({ purge: add })
  return {
    tags: () => [...collected],
    add,
    /** The tags so far, forgotten here (a worker of a parallel import hands them on). */
    take: () => {
      const taken = [...collected]
      collected.clear()
      return taken
    },
    stop: () => installReaderCachePurge(undefined),
  }
}

/** The origins to notify: ZHIKU_REVALIDATE_URL (one or more, comma-separated), else SERVER_URL. */
export function revalidateOrigins(env: NodeJS.ProcessEnv): string[] {
  const listed = (env.ZHIKU_REVALIDATE_URL || env.SERVER_URL || '').split(',').map((value) => value.trim())
  return listed.filter((value) => URL.canParse(value)).map((value) => new URL(value).origin)
}

export type Notified = { origin: string; ok: boolean; detail: string }

/** Sends the tags to each server's `POST /api/site/revalidate`; nothing is sent without a secret and an origin. */
export async function notifyServers(tags: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Notified[]> {
  const secret = env.ZHIKU_REVALIDATE_SECRET
  if (!secret || tags.length === 0) return []
  return Promise.all(
    revalidateOrigins(env).map(async (origin): Promise<Notified> => {
      try {
        const response = await fetch(`${origin}/api/site/revalidate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ tags }),
          signal: AbortSignal.timeout(10_000),
        })
        return { origin, ok: response.ok, detail: response.ok ? `${tags.length} page tags expired` : `${response.status} ${await response.text()}` }
      } catch (error) {
        return { origin, ok: false, detail: error instanceof Error ? error.message : String(error) }
      }
    }),
  )
}
