import { describe, expect, it } from 'vitest'

import { etagMatches, readerCacheDecision, type ReaderRequest } from '../../src/site/reader-cache-policy'

const request = (overrides: Partial<ReaderRequest>): ReaderRequest => ({ method: 'GET', url: '/', host: 'site.example', cookie: undefined, rsc: false, ...overrides })

describe('readerCacheDecision', () => {
  it('caches anonymous GET and HEAD of reader pages under host, language and path with query', () => {
    const get = readerCacheDecision(request({ url: '/issues?page=2' }))
    const head = readerCacheDecision(request({ method: 'HEAD', url: '/issues?page=2' }))
    expect(get).toEqual({ cache: true, key: 'site.example|zh|/issues?page=2', tags: ['archive'], language: 'zh', pathname: '/issues' })
    expect(head).toEqual(get)
  })

  it('keeps the English chrome apart from the Chinese', () => {
    const english = readerCacheDecision(request({ url: '/issues/x', cookie: 'a=1; zhiku-lang=en' }))
    const chinese = readerCacheDecision(request({ url: '/issues/x', cookie: 'zhiku-lang=zh' }))
    expect(english.cache && english.language).toBe('en')
    expect(chinese.cache && chinese.language).toBe('zh')
    expect(english.cache && chinese.cache && english.key !== chinese.key).toBe(true)
    const unknown = readerCacheDecision(request({ url: '/issues/x', cookie: 'zhiku-lang=fr' }))
    expect(unknown.cache && unknown.key).toBe(chinese.cache && chinese.key)
  })

  it('never caches previews, signed-in requests, writes, client navigations or non-reader paths', () => {
    expect(readerCacheDecision(request({ cookie: '__prerender_bypass=abc' })).cache).toBe(false)
    expect(readerCacheDecision(request({ cookie: 'payload-token=jwt' })).cache).toBe(false)
    expect(readerCacheDecision(request({ method: 'POST' })).cache).toBe(false)
    expect(readerCacheDecision(request({ rsc: true })).cache).toBe(false)
    for (const url of ['/admin', '/api/releases', '/preview?path=/', '/lang?to=en', '/preview/exit']) {
      expect(readerCacheDecision(request({ url })).cache, url).toBe(false)
    }
  })
})

describe('etagMatches', () => {
  it('matches the tag itself, its weak form, a list and *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true)
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true)
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true)
    expect(etagMatches('*', '"abc"')).toBe(true)
    expect(etagMatches('"abd"', '"abc"')).toBe(false)
    expect(etagMatches(undefined, '"abc"')).toBe(false)
  })
})
