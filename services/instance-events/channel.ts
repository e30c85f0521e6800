import type { PayloadRequest } from 'payload'

export type ChannelState = 'up' | 'down'

export type ChannelHandlers = {
  /** Reader-page tags another process (or this one) wrote; called after the write committed. */
  onTags: (tags: string[]) => void
  /**
   * The channel went down (`detail` says why) or came back. Coming back after being down, events
   * may have been missed: the listener treats it as "everything may have changed".
   */
  onState: (state: ChannelState, detail?: string) => void
}

/**
 * How app instances sharing one database hear of each other's writes at once: one small interface,
 * one file per adapter (`sqlite-change-sequence.ts`, `postgres-notify.ts`). Code above it never
 * knows which runs (`for-adapter.ts` picks by the Payload database adapter).
 */
export interface InstanceEventChannel {
  /** The adapter's name, for logs and benchmarks. */
  readonly kind: string
  /**
   * Tells every listening instance that these reader tags changed. Inside `req`'s transaction when it
   * has one, so listeners hear of it exactly when the write commits (and never of a rolled-back one).
   */
  announce(tags: readonly string[], req?: PayloadRequest): Promise<void>
  /** Starts listening until the returned function is called; reconnects by itself. */
  listen(handlers: ChannelHandlers): () => Promise<void>
}

/**
 * The tags in an announcement's text (a JSON array of strings), or null when it is not one: a
 * malformed announcement (written by something else) is skipped, never allowed to stop the channel.
 */
export function parseAnnouncement(text: string): string[] | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    if (error instanceof SyntaxError) return null
    throw error
  }
  return Array.isArray(value) && value.every((tag) => typeof tag === 'string') ? value : null
}
