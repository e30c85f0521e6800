import { createHash } from 'node:crypto'
import type { OutgoingHttpHeaders } from 'node:http'
import { gzipSync } from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { readerTag } from '../../src/site/reader-cache-tags'

export type CachedResponse = {
  status: number
  /** Headers as sent, without the ones a hit sets itself (cache-control, etag, content-length…). */
  headers: [string, string][]
  body: Buffer
  gzip: Buffer | null
  etag: string
  tags: readonly string[]
  storedAt: number
}

export type Lookup = { entry: CachedResponse; state: 'fresh' | 'stale' } | null

/** Headers a hit writes itself, or that must never be replayed to another reader. */
const NOT_REPLAYED = new Set(['cache-control', 'etag', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'set-cookie', 'vary', 'age'])

export function replayableHeaders(headers: OutgoingHttpHeaders): [string, string][] {
  const kept: [string, string][] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name.toLowerCase())) continue
    kept.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
  }
  return kept
}

/** A strong validator: the body's SHA-256 (base64url, 27 characters). */
export const strongEtag = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

const ENTRY_OVERHEAD = 1024
const COMPRESS_FROM = 1024

export type ResponseCacheOptions = { maxBytes: number; freshMs: number; staleMs: number; now?: () => number }

/**
 * In-memory reader responses, bounded by bytes (least recently used go first), each with the tags
 * of the page family it belongs to. `purge(tags)` drops every entry carrying any of them; a render
 * that began before a purge is not stored (it may have read the data the purge replaced).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>
  private readonly keysByTag = new Map<string, Set<string>>()
  private generation = 0
  private readonly now: () => number

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry) => entry.body.length + (entry.gzip?.length ?? 0) + ENTRY_OVERHEAD,
      dispose: (entry, key) => this.unindex(key, entry.tags),
    })
  }

  /** A token to pass to `store`: stores are refused when a purge happened after it was taken. */
  begin(): number {
    return this.generation
  }

  lookup(key: string): Lookup {
    const entry = this.entries.get(key)
    if (!entry) return null
    const age = this.now() - entry.storedAt
    if (age < this.options.freshMs) return { entry, state: 'fresh' }
    if (age < this.options.freshMs + this.options.staleMs) return { entry, state: 'stale' }
    this.entries.delete(key)
    return null
  }

  store(key: string, started: number, response: { status: number; headers: [string, string][]; body: Buffer; tags: readonly string[] }): CachedResponse | null {
    if (started !== this.generation) return null
    const entry: CachedResponse = {
      ...response,
      gzip: response.body.length >= COMPRESS_FROM ? gzipSync(response.body) : null,
      etag: strongEtag(response.body),
      storedAt: this.now(),
    }
    this.entries.set(key, entry)
    if (!this.entries.has(key)) return entry // larger than the whole cache: served, not kept
    for (const tag of entry.tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    return entry
  }

  /** Drops every entry with any of the tags (every entry for `readerTag.all`); returns how many went. */
  purge(tags: readonly string[]): number {
    if (tags.includes(readerTag.all)) {
      const dropped = this.entries.size
      this.clear()
      return dropped
    }
    this.generation += 1
    let dropped = 0
    for (const tag of tags) {
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) if (this.entries.delete(key)) dropped += 1
    }
    return dropped
  }

  clear(): void {
    this.generation += 1
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }

  get bytes(): number {
    return this.entries.calculatedSize
  }

  private unindex(key: string, tags: readonly string[]) {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
  }
}
