import { describe, expect, it } from 'vitest'

import { buildReleaseContent, type ReleaseInput } from '../../src/release/build-release'
import { parseReleaseContent } from '../../src/release/parse-release-content'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { searchDocuments } from '../../src/search/search-text'
import {
  articleSummaries,
  correctionDate,
  issueJsonLd,
  issueSummary,
  jsonForScript,
  sectionSearchDocuments,
  sectionSources,
} from '../../src/site/release-view'

const csis = { slug: 'csis', name: '美国战略与国际研究中心', nameEn: 'Center for Strategic and International Studies', acronym: 'CSIS', country: 'US', website: 'https://www.csis.org' }
const carnegie = { slug: 'carnegie', name: '卡内基国际和平基金会', nameEn: 'Carnegie Endowment', acronym: null, country: 'US', website: null }

const input: ReleaseInput = {
  issue: { id: 7, slug: 'ai-standards', title: '中美人工智能治理标准', number: 12, intro: paragraphsToLexical(['导语']), showReferenceTitles: false },
  newsletter: { slug: 'watch', title: '海外智库观察', titleEn: 'Think-Tank Watch' },
  cover: null,
  articles: [
    { id: 1, slug: 'export-controls', headline: '出口管制的法律基础', body: paragraphsToLexical(['美国出口管制与盟友']), topics: ['出口管制'], thinkTank: csis, sourceIds: [10, 11] },
    { id: 2, slug: 'generative-ai', headline: '生成式人工智能监管', body: paragraphsToLexical(['中国的监管方式']), topics: ['人工智能'], thinkTank: carnegie, sourceIds: [11] },
  ],
  sources: [
    { id: 10, title: 'Legal authorities', titleZh: null, url: 'https://www.csis.org/a', authors: ['Emily Benson'], publishedAt: '2025-01', thinkTank: 'csis' },
    { id: 11, title: 'Regulating AI', titleZh: '监管', url: 'https://carnegieendowment.org/b', authors: [], publishedAt: null, thinkTank: 'carnegie' },
  ],
  signoffs: [{ stage: 'review', name: '赵杨博' }],
  revision: 2,
  publishedAt: '2025-03-04T05:06:07.000Z',
  correction: { note: '修正了第二篇的链接', correctedAt: '2025-03-04T05:06:07.000Z' },
}
const content = buildReleaseContent(input)

describe('reader views of a release', () => {
  it('summarises the issue and its articles from the release alone', () => {
    expect(issueSummary(content)).toEqual({
      id: '7',
      slug: 'ai-standards',
      title: '中美人工智能治理标准',
      number: 12,
      newsletterTitle: '海外智库观察',
      publishedOn: '2025-03-04T05:06:07.000Z',
      articleSlugs: ['export-controls', 'generative-ai'],
    })
    const tankOnly = articleSummaries([content], (section) => section.thinkTank?.slug === 'carnegie')
    expect(tankOnly.map((article) => [article.slug, article.thinkTank?.name, article.issue.number, article.excerpt])).toEqual([
      ['generative-ai', '卡内基国际和平基金会', 12, '中国的监管方式'],
    ])
  })

  it('gives a section its cited sources in its own order', () => {
    expect(sectionSources(content, content.sections[0]!).map((source) => source.url)).toEqual(['https://www.csis.org/a', 'https://carnegieendowment.org/b'])
    expect(sectionSources(content, content.sections[1]!).map((source) => source.title)).toEqual(['Regulating AI'])
  })

  it('lists the sources in the order of the references, whatever order they were read in, leaving out those no article cites', () => {
    const uncited = { id: 12, title: 'Not cited', titleZh: null, url: 'https://example.org/c', authors: [], publishedAt: null, thinkTank: null }
    const shuffled = buildReleaseContent({ ...input, sources: [uncited, input.sources[1]!, input.sources[0]!] })
    expect(shuffled.sources.map((source) => source.key)).toEqual(['10', '11'])
    expect(shuffled.references.map((reference) => reference.source)).toEqual(['10', '11'])
    expect(shuffled).toEqual(content)
  })

  it('ranks sections, not whole issues, so an article matches only when it has every term', () => {
    const hits = searchDocuments(sectionSearchDocuments(content), '出口管制')
    expect(hits.map((hit) => hit.item.slug)).toEqual(['export-controls'])
    expect(searchDocuments(sectionSearchDocuments(content), '出口管制 中国')).toEqual([])
  })

  it('states a correction with its date and marks it up as a schema.org CorrectionComment', () => {
    expect(correctionDate({ note: 'x', correctedAt: '2025-03-04T23:59:00.000Z' })).toBe('2025-03-04')
    const jsonLd = issueJsonLd(content, { url: 'https://zhiku.example.org/issues/ai-standards', hash: 'ab'.repeat(32) })
    expect(jsonLd).toMatchObject({
      '@type': 'Article',
      version: 2,
      correction: { '@type': 'CorrectionComment', text: '修正了第二篇的链接', datePublished: '2025-03-04T05:06:07.000Z' },
      identifier: { propertyID: 'sha256', value: 'ab'.repeat(32) },
    })
    expect(issueJsonLd({ ...content, correction: null }, { url: 'x', hash: null })).not.toHaveProperty('correction')
  })

  it('escapes < in JSON-LD so a title cannot close the script element', () => {
    expect(jsonForScript({ headline: '</script><script>alert(1)</script>' })).not.toContain('<')
    expect(JSON.parse(jsonForScript({ headline: '</script>' }))).toEqual({ headline: '</script>' })
  })
})

describe('parseReleaseContent', () => {
  it('accepts stored release content and refuses an unknown format or a partial record', () => {
    expect(parseReleaseContent(JSON.parse(JSON.stringify(content)))).toEqual(content)
    expect(() => parseReleaseContent({ ...content, format: 99 })).toThrow(/Unknown release format: 99/)
    expect(() => parseReleaseContent({ ...content, sections: undefined })).toThrow(/lacks its lists/)
    expect(() => parseReleaseContent(null)).toThrow(/Unknown release format/)
  })
})
