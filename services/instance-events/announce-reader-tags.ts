import type { Payload, PayloadRequest } from 'payload'

import { instanceEventChannel } from './for-adapter'

/**
 * Tells the other instances on this database (and this one, once committed) that these reader tags
 * changed. A failing channel never fails the write that changed them: it is logged, and the other
 * instances then show the change by cache age.
 */
export async function announceReaderTags(payload: Payload, tags: readonly string[], req?: PayloadRequest): Promise<void> {
  const channel = instanceEventChannel(payload)
  if (!channel || tags.length === 0) return
  try {
    await channel.announce(tags, req)
  } catch (error) {
    payload.logger.warn({ err: error, msg: `Instance events (${channel.kind}): could not announce ${tags.length} reader tags; other instances show the change by cache age` })
  }
}
