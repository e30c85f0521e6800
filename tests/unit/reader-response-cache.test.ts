import { describe, expect, it } from 'vitest'

import { parseAnnouncement } from '../../services/instance-events/channel'
import { payloadBatches } from '../../services/instance-events/postgres-notify'
import { ResponseCache } from '../../services/reader-cache/response-cache'
import { readerTag } from '../../src/site/reader-cache-tags'

const page = (text: string, tags: string[]) => ({ status: 200, headers: [['content-type', 'text/html']] as [string, string][], body: Buffer.from(text), tags })

describe('ResponseCache', () => {
  it('purges only the entries carrying a purged tag', () => {
    const cache = new ResponseCache({ maxBytes: 1e6, freshMs: 5000, staleMs: 5000 })
    cache.store('/', cache.begin(), page('home', ['home']))
    cache.store('/issues/a', cache.begin(), page('a', ['issue:a']))
    cache.store('/issues/b', cache.begin(), page('b', ['issue:b']))
    expect(cache.purge(['home', 'issue:a'])).toBe(2)
    expect(cache.lookup('/')).toBeNull()
    expect(cache.lookup('/issues/a')).toBeNull()
    expect(cache.lookup('/issues/b')?.entry.body.toString()).toBe('b')
  })

  it('drops every entry for readerTag.all (after instance events were missed), and keeps no render begun before', () => {
    const cache = new ResponseCache({ maxBytes: 1e6, freshMs: 5000, staleMs: 5000 })
    const started = cache.begin()
    cache.store('/', cache.begin(), page('home', ['home']))
    cache.store('/issues/b', cache.begin(), page('b', ['issue:b']))
    expect(cache.purge([readerTag.all])).toBe(2)
    expect(cache.size).toBe(0)
    expect(cache.store('/', started, page('old home', ['home']))).toBeNull()
  })

  it('does not keep a render that began before a purge', () => {
    const cache = new ResponseCache({ maxBytes: 1e6, freshMs: 5000, staleMs: 5000 })
    const started = cache.begin()
    cache.purge(['home'])
    expect(cache.store('/', started, page('old home', ['home']))).toBeNull()
    expect(cache.lookup('/')).toBeNull()
  })

  it('is fresh, then stale, then gone', () => {
    let now = 0
    const cache = new ResponseCache({ maxBytes: 1e6, freshMs: 5000, staleMs: 5000, now: () => now })
    cache.store('/', cache.begin(), page('home', ['home']))
    expect(cache.lookup('/')?.state).toBe('fresh')
    now = 6000
    expect(cache.lookup('/')?.state).toBe('stale')
    now = 11_000
    expect(cache.lookup('/')).toBeNull()
  })

  it('stays within its byte bound, dropping the least recently used', () => {
    const cache = new ResponseCache({ maxBytes: 5000, freshMs: 5000, staleMs: 5000 })
    for (let i = 0; i < 10; i += 1) cache.store(`/p${i}`, cache.begin(), page('x'.repeat(500), ['home']))
    expect(cache.bytes).toBeLessThanOrEqual(5000)
    expect(cache.lookup('/p0')).toBeNull()
    expect(cache.lookup('/p9')).not.toBeNull()
    // The tag index forgets evicted entries: purging counts only what was there.
    const kept = cache.size
    expect(kept).toBeGreaterThan(0)
    expect(cache.purge(['home'])).toBe(kept)
    expect(cache.size).toBe(0)
  })

  it('gives each body a strong ETag of its bytes', () => {
    const cache = new ResponseCache({ maxBytes: 1e6, freshMs: 5000, staleMs: 5000 })
    const one = cache.store('/a', cache.begin(), page('same', ['home']))
    const two = cache.store('/b', cache.begin(), page('same', ['home']))
    const three = cache.store('/c', cache.begin(), page('other', ['home']))
    expect(one?.etag).toMatch(/^"[\w-]{27}"$/)
    expect(one?.etag).toBe(two?.etag)
    expect(one?.etag).not.toBe(three?.etag)
  })
})

describe('instance-event announcements', () => {
  it('reads a JSON array of strings and refuses anything else', () => {
    expect(parseAnnouncement('["home","issue:a"]')).toEqual(['home', 'issue:a'])
    for (const junk of ['not json', '{"tags":["home"]}', '[1,2]', '["home",null]', '"home"']) expect(parseAnnouncement(junk), junk).toBeNull()
  })

  it('splits many tags into NOTIFY payloads under 8000 bytes that together carry every tag once', () => {
    const tags = Array.from({ length: 2000 }, (_, index) => `topic:人工智能治理-${index}`)
    const batches = payloadBatches(tags)
    expect(batches.length).toBeGreaterThan(1)
    for (const batch of batches) expect(Buffer.byteLength(batch)).toBeLessThan(8000)
    expect(batches.flatMap((batch) => parseAnnouncement(batch) ?? [])).toEqual(tags)
  })
})
