import type { Payload } from 'payload'

import { readerTag } from '../../src/site/reader-cache-tags'
import { expireReaderTags } from '../reader-cache/expire-reader-tags'
import { readerCachePurge } from '../reader-cache/purge-registry'
import { instanceEventChannel } from './for-adapter'

const FOLLOWING = Symbol.for('zhiku.instance-events.following')
type Holder = { [FOLLOWING]?: () => Promise<void> }

/**
 * Keeps this server's reader caches in step with every instance on the same database: each
 * announced change expires its tags here at once (changes heard together are expired together).
 * While the channel is down, pages converge by cache age as before; when it comes back, every
 * reader page is expired once, since announcements may have been missed meanwhile.
 *
 * Only a server process has reader caches to keep (scripts/server.ts installs them); anywhere else
 * (a script, a test, `next dev`) this does nothing. Once per process.
 */
export function followInstanceEvents(payload: Payload): void {
  if (!readerCachePurge()?.internalToken) return
  const holder = globalThis as Holder
  if (holder[FOLLOWING]) return
  const channel = instanceEventChannel(payload)
  if (!channel) return
  let pending = new Set<string>()
  let scheduled = false
  const flush = () => {
    scheduled = false
    const tags = [...pending]
    pending = new Set()
    expireReaderTags(tags)
  }
  holder[FOLLOWING] = channel.listen({
    onTags: (tags) => {
      for (const tag of tags) pending.add(tag)
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    },
    onState: (state, detail) => {
      if (state === 'down') {
        payload.logger.warn(`Instance events (${channel.kind}) are down: ${detail ?? 'no reason given'}. Other instances' changes show here by cache age (about 10 s) until they are back.`)
        return
      }
      payload.logger.info(`Instance events (${channel.kind}) are back; every reader page is expired once.`)
      expireReaderTags([readerTag.all])
    },
  })
  payload.logger.info(`Instance events: following ${channel.kind}.`)
}

/** Stops following (tests and a clean shutdown). */
export async function stopFollowingInstanceEvents(): Promise<void> {
  const holder = globalThis as Holder
  const stop = holder[FOLLOWING]
  holder[FOLLOWING] = undefined
  await stop?.()
}
