import { describe, expect, it } from 'vitest'

import { pageTags, releaseTags, surrogateKey, surrogateKeyHeaders } from '../../src/site/reader-cache-tags'

describe('pageTags', () => {
  it('names the page family of every reader page', () => {
    expect(pageTags('/')).toEqual(['home'])
    expect(pageTags('/issues')).toEqual(['archive'])
    expect(pageTags('/issues/2025-01')).toEqual(['issue:2025-01'])
    expect(pageTags('/issues/2025-01/r/2')).toEqual(['issue:2025-01'])
    expect(pageTags('/issues/2025-01/opengraph-image')).toEqual(['issue:2025-01'])
    expect(pageTags('/articles/ai-chips')).toEqual(['article:ai-chips'])
    expect(pageTags('/think-tanks/csis')).toEqual(['think-tank:csis'])
    expect(pageTags('/think-tanks/csis/feed.xml')).toEqual(['think-tank:csis'])
    expect(pageTags(`/topics/${encodeURIComponent('人工智能')}`)).toEqual(['topic:人工智能'])
    expect(pageTags('/topics/AI/feed.xml')).toEqual(['topic:ai'])
    expect(pageTags('/corrections')).toEqual(['corrections'])
    expect(pageTags('/corrections/feed.xml')).toEqual(['corrections'])
    expect(pageTags('/feed.xml')).toEqual(['feeds'])
    expect(pageTags('/atom.xml')).toEqual(['feeds'])
    expect(pageTags('/feed.json')).toEqual(['feeds'])
    expect(pageTags('/sitemap.xml')).toEqual(['sitemap'])
    expect(pageTags('/sitemaps/pages.xml')).toEqual(['sitemap'])
    expect(pageTags('/sitemaps/issues-3.xml')).toEqual(['sitemap'])
    expect(pageTags('/search')).toEqual(['search'])
  })

  it('leaves out everything that is not a reader page', () => {
    for (const path of ['/admin', '/admin/collections/issues', '/api/issues', '/preview', '/lang', '/_next/static/x.js', '/issues/x/edit', '/articles/', '/topics/%E0%A4%A', '/favicon.ico']) {
      expect(pageTags(path), path).toBeNull()
    }
  })
})

describe('releaseTags', () => {
  const release = { slug: '2025-03', year: 2025, isCorrection: false, articleSlugs: ['a1', 'a2'], thinkTankSlugs: ['csis'], topics: ['AI 治理'] }

  it('names its issue, articles, lists and neighbours, and nothing else', () => {
    expect(releaseTags(release, ['2025-02', '2025-04']).sort()).toEqual(
      [
        'home',
        'archive',
        'archive:2025',
        'feeds',
        'sitemap',
        'search',
        'issue:2025-03',
        'issue:2025-02',
        'issue:2025-04',
        'article:a1',
        'article:a2',
        'think-tank:csis',
        'topic:ai 治理',
      ].sort(),
    )
  })

  it('adds the corrections list only for a correction', () => {
    expect(releaseTags(release)).not.toContain('corrections')
    expect(releaseTags({ ...release, isCorrection: true })).toContain('corrections')
  })

  it('matches the tags the pages carry', () => {
    const tags = releaseTags(release)
    for (const path of ['/', '/issues', '/issues/2025-03', '/articles/a1', '/think-tanks/csis', `/topics/${encodeURIComponent('AI 治理')}`, '/feed.xml', '/sitemap.xml', '/search']) {
      expect(tags).toEqual(expect.arrayContaining(pageTags(path)!))
    }
    for (const path of ['/issues/2024-12', '/articles/other', '/think-tanks/rand', '/topics/energy', '/corrections']) {
      expect(tags).not.toEqual(expect.arrayContaining(pageTags(path)!))
    }
  })
})

describe('surrogate keys for a CDN', () => {
  it('spells every tag as one header-safe key, Chinese and spaces percent-encoded', () => {
    expect(surrogateKey('issue:2025-03')).toBe('issue:2025-03')
    expect(surrogateKey('topic:ai 治理')).toBe(`topic:ai%20${encodeURIComponent('治理')}`)
    expect(surrogateKey('article:a,b')).toBe('article:a%2Cb')
    const headers = surrogateKeyHeaders(['home', 'topic:ai 治理'])
    expect(headers['surrogate-key'].split(' ')).toEqual(['home', surrogateKey('topic:ai 治理')])
    expect(headers['cache-tag'].split(',')).toEqual(['home', surrogateKey('topic:ai 治理')])
    expect(headers['surrogate-key']).toMatch(/^[\x21-\x7e ]+$/)
  })
})
