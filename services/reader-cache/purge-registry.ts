/**
 * The bridge between the code that writes releases (Payload hooks, bundled by Next.js or loaded by
 * a script) and the process's reader response cache (installed by the custom server, scripts/server.ts):
 * one function kept on globalThis, since the two sides are different copies of this module.
 */
export type ReaderCachePurge = {
  /** Drops the response-cache entries with these tags. */
  purge: (tags: readonly string[]) => void
  /**
   * Expires Next.js data-cache tags from outside a request (a timer, a job); the server does it
   * through its own revalidation endpoint. Absent where no server runs.
   */
  expireDataCache?: (tags: readonly string[]) => Promise<void>
  /** Accepted by the revalidation endpoint from this process itself (no configured secret needed). */
  internalToken?: string
}

const KEY = Symbol.for('zhiku.reader-cache-purge')

type Holder = { [KEY]?: ReaderCachePurge }

export function installReaderCachePurge(purge: ReaderCachePurge | undefined): void {
  ;(globalThis as Holder)[KEY] = purge
}

export function readerCachePurge(): ReaderCachePurge | undefined {
  return (globalThis as Holder)[KEY]
}
