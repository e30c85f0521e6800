import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'

import { ISSUES_PER_SITEMAP, parseSitemapPart, renderSitemapIndex, renderUrlset, sitemapPartPath, sitemapParts } from '../../src/site/sitemap'

const locs = (xml: string) => {
  const document = new DOMParser().parseFromString(xml, 'text/xml')
  return Array.from(document.getElementsByTagName('loc')).map((node) => node.textContent)
}

describe('sitemap parts', () => {
  it('adds an issues part per block of issues, the pages part always first', () => {
    const paths = (count: number) => sitemapParts(count).map(sitemapPartPath)
    expect(paths(0)).toEqual(['/sitemaps/pages.xml'])
    expect(paths(1)).toEqual(['/sitemaps/pages.xml', '/sitemaps/issues-1.xml'])
    expect(paths(ISSUES_PER_SITEMAP)).toEqual(['/sitemaps/pages.xml', '/sitemaps/issues-1.xml'])
    expect(paths(ISSUES_PER_SITEMAP + 1)).toEqual(['/sitemaps/pages.xml', '/sitemaps/issues-1.xml', '/sitemaps/issues-2.xml'])
    expect(paths(1000)).toHaveLength(1 + Math.ceil(1000 / ISSUES_PER_SITEMAP))
  })

  it('reads back the part each path names and refuses anything else', () => {
    for (const part of sitemapParts(3 * ISSUES_PER_SITEMAP)) expect(parseSitemapPart(sitemapPartPath(part).split('/').pop()!)).toEqual(part)
    for (const name of ['issues-0.xml', 'issues-01.xml', 'issues-x.xml', 'issues-1.xml.gz', 'pages', '../sitemap.xml', 'issues-1234567.xml']) {
      expect(parseSitemapPart(name), name).toBeNull()
    }
  })
})

describe('sitemap documents', () => {
  it('writes an index of parts and a urlset with escaped locations and lastmod', () => {
    const index = renderSitemapIndex('https://zhiku.example.org', [{ path: '/sitemaps/pages.xml' }, { path: '/sitemaps/issues-1.xml' }])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(locs(index)).toEqual(['https://zhiku.example.org/sitemaps/pages.xml', 'https://zhiku.example.org/sitemaps/issues-1.xml'])

    const topic = `/topics/${encodeURIComponent('AI 治理')}`
    const urlset = renderUrlset('https://zhiku.example.org', [{ path: '/issues/a&b', lastModified: '2026-01-02T03:04:05.000Z' }, { path: topic }])
    expect(locs(urlset)).toEqual(['https://zhiku.example.org/issues/a&b', `https://zhiku.example.org${topic}`])
    expect(urlset).toContain('<loc>https://zhiku.example.org/issues/a&amp;b</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod>')
  })
})
