import { describe, expect, it } from 'vitest'

import { storedReleaseSourceUrls } from '../../src/release/release-index'
import { leadSortAt } from '../../src/watch/lead-sort-date'

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
