import { describe, expect, it } from 'vitest'

import { sayIn } from '../../src/checks/say'
import { storedReleaseSourceUrls } from '../../src/release/release-index'
import { leadSortAt } from '../../src/watch/lead-sort-date'
import { encodeFailure, failure, failureText, renderStoredFailure } from '../../src/watch/watch-failure'

describe('leadSortAt', () => {
  const now = new Date('2026-12-05T10:00:00.000Z')

  it('is the publication date when the report gives one, else when the lead was first seen, else now', () => {
    expect(leadSortAt({ publishedAt: '2025-03-01T08:00:00+08:00', createdAt: '2026-12-01T00:00:00.000Z' }, now)).toBe('2025-03-01T00:00:00.000Z')
    expect(leadSortAt({ publishedAt: null, createdAt: '2026-12-01T00:00:00.000Z' }, now)).toBe('2026-12-01T00:00:00.000Z')
    expect(leadSortAt({ publishedAt: 'not a date' }, now)).toBe(now.toISOString())
    expect(leadSortAt({}, now)).toBe(now.toISOString())
  })
})

describe('storedReleaseSourceUrls', () => {
  it('gives the canonical URLs of a stored release content, each once, and none for anything else', () => {
    const content = {
      sources: [
        { key: 'a', url: 'https://example.org/r?utm_source=x#top' },
        { key: 'b', url: 'https://example.org/r' },
        { key: 'c', url: null },
        { key: 'd', url: 'ftp://example.org/file' },
        'junk',
      ],
    }
    expect(storedReleaseSourceUrls(content)).toEqual(['https://example.org/r'])
    expect(storedReleaseSourceUrls(null)).toEqual([])
    expect(storedReleaseSourceUrls({ sources: 'x' })).toEqual([])
  })
})

describe('watch failures, one language each', () => {
  const params = { host: 'example.org', address: '10.0.0.1', kind: 'private', url: 'https://example.org/feed', status: 503, mb: 10, bytes: 99, seconds: 20, max: 5, coding: 'gzip', detail: 'x', entries: 'x', protocol: 'ftp:', target: 'x', until: '2026-01-01T00:00:00.000Z' }
  const codes = ['allow-list-invalid', 'scheme', 'credentials', 'not-ip', 'address-refused', 'too-large-inflated', 'too-large-declared', 'too-large', 'decompress', 'content-encoding', 'deadline', 'timeout', 'network', 'not-url', 'http-status', 'redirect-no-location', 'redirects', 'redirect-not-url', 'unexpected-answer', 'page-not-read', 'entities', 'html-no-feed', 'feed-link-html', 'not-a-feed', 'malformed', 'unreadable', 'retry-after', 'in-flight', 'internal'] as const

  it('renders every code in Chinese with Chinese words and in English with none', () => {
    for (const code of codes) {
      const zh = failureText(failure(code, params), sayIn('zh'))
      const en = failureText(failure(code, params), sayIn('en'))
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/)
      expect(en, code).not.toMatch(/[\u4e00-\u9fff]/)
    }
    expect(failureText(failure('address-refused', params), sayIn('zh'))).toContain('私有地址')
  })

  it('stores a failure as a code and reads it back in the reader\'s language; older plain text stays', () => {
    const stored = encodeFailure(failure('http-status', { status: 503, url: 'https://example.org/feed' }))
    expect(renderStoredFailure(stored, sayIn('en'))).toBe('HTTP 503 from https://example.org/feed')
    expect(renderStoredFailure(stored, sayIn('zh'))).toBe('https://example.org/feed 返回 HTTP 503')
    expect(renderStoredFailure('timed out', sayIn('zh'))).toBe('timed out')
    expect(renderStoredFailure('zhiku-failure:{not json', sayIn('zh'))).toBe('zhiku-failure:{not json')
    expect(renderStoredFailure(null, sayIn('zh'))).toBeNull()
  })
})
