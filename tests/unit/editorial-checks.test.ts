import { describe, expect, it } from 'vitest'

import { runEditorialChecks } from '../../src/checks/run-checks'
import { findTermMisuses, termMisuseSpans } from '../../src/checks/style-terms'
import { countErrors, type CheckedArticle, type CheckedThinkTank } from '../../src/checks/types'

const csis: CheckedThinkTank = { id: 1, name: '美国战略与国际研究中心', nameEn: 'Center for Strategic and International Studies', acronym: 'CSIS', domains: ['csis.org'] }
const carnegie: CheckedThinkTank = { id: 2, name: '卡内基国际和平基金会', nameEn: 'Carnegie Endowment for International Peace', domains: ['carnegieendowment.org'] }
const brookings: CheckedThinkTank = { id: 3, name: '布鲁金斯学会', nameEn: 'Brookings Institution', domains: ['brookings.edu'] }
const thinkTanks = [csis, carnegie, brookings]

const source = (id: number, url: string, thinkTank: CheckedThinkTank, publishedAt?: string) => ({ id, url, title: `S${id}`, thinkTank, publishedAt })
const article = (overrides: Partial<CheckedArticle> = {}): CheckedArticle => ({
  id: 1,
  headline: 'A',
  bodyText: '2025年3月，研究报告指出。',
  thinkTank: csis,
  sources: [source(1, 'https://www.csis.org/analysis/x', csis, '2025-03')],
  ...overrides,
})
const codes = (articles: CheckedArticle[], extra = {}) => runEditorialChecks({ articles, thinkTanks, ...extra }).map((f) => f.code)

describe('runEditorialChecks', () => {
  it('finds nothing wrong with a consistent issue', () => {
    expect(runEditorialChecks({ articles: [article()], thinkTanks, styleTerms: ['AI'] })).toEqual([])
  })

  it('reports an issue without articles and an article without sources', () => {
    expect(codes([])).toEqual(['issue-without-articles'])
    expect(codes([article({ sources: [] })])).toContain('article-without-source')
  })

  it('reports a source URL that is not http(s) once even when cited twice', () => {
    const bad = source(3, 'javascript:alert(1)', csis)
    const findings = runEditorialChecks({ articles: [article({ id: 1, sources: [bad] }), article({ id: 2, sources: [bad] })] })
    expect(findings.filter((f) => f.code === 'source-url-invalid').map((f) => f.location)).toEqual(['source:3'])
    expect(countErrors(findings)).toBe(1)
  })

  it('reports a source whose domain is not its think tank’s', () => {
    expect(codes([article({ sources: [source(1, 'https://brookings.edu/x', csis, '2025-03')] })])).toEqual(['source-domain-mismatch'])
  })

  it('reports an article filed under another think tank than its sources', () => {
    expect(codes([article({ thinkTank: brookings })])).toEqual(['article-think-tank-mismatch'])
  })

  it('reports a heading that names two think tanks, or another one than the article', () => {
    const mixed = article({ thinkTank: carnegie, sources: [source(1, 'https://carnegieendowment.org/r', carnegie, '2025-03')], originalHeading: { name: '卡内基国际和平基金会', nameEn: 'brookings institution' } })
    expect(codes([mixed])).toEqual(['heading-think-tank-mismatch'])
    const other = article({ originalHeading: { name: '布鲁金斯学会', nameEn: null } })
    expect(codes([other])).toEqual(['heading-think-tank-mismatch'])
    expect(codes([article({ originalHeading: { name: '美国战略与国际研究中心', nameEn: 'csis' } })])).toEqual([])
  })

  it('warns when the body dates the report differently from its source', () => {
    const findings = runEditorialChecks({ articles: [article({ bodyText: '2025年4月，CSIS发布报告。' })] })
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['stated-date-mismatch', 'warning']])
  })

  it('reports a citation marker beyond the reference list', () => {
    expect(codes([article({ bodyText: '2025年3月，见[2]。' })])).toEqual(['reference-number-out-of-range'])
  })

  it('warns about terms cased against the style list, per place', () => {
    const findings = runEditorialChecks({ title: 'ai周报', introText: 'ai与csis', articles: [article()], styleTerms: ['AI', 'CSIS'] })
    expect(findings.map((f) => [f.code, f.location, f.severity])).toEqual([
      ['style-term-case', 'issue', 'warning'],
      ['style-term-case', 'intro', 'warning'],
      ['style-term-case', 'intro', 'warning'],
    ])
  })
})

describe('findTermMisuses', () => {
  const terms = ['AI', 'GenAI', 'ISO/IEC', 'ISO', 'IEC', 'ITU']
  it('matches whole terms next to Chinese text, not inside Latin words', () => {
    expect(findTermMisuses('ai治理、fg-ai4h、genai与itu-t', terms).map((m) => [m.term, m.written, m.count])).toEqual([
      ['GenAI', 'genai', 1],
      ['ITU', 'itu', 1],
      ['AI', 'ai', 1],
    ])
  })

  it('prefers the longer term (ISO/IEC over ISO and IEC) and ignores correct spelling', () => {
    expect(findTermMisuses('iso/iec与ISO、iso', terms).map((m) => [m.term, m.count])).toEqual([
      ['ISO/IEC', 1],
      ['ISO', 1],
    ])
  })

  it('finds a term after letters that lower-casing lengthens, and terms outside ASCII', () => {
    // İ lower-cases to two code units; the spans still point into the text as written.
    const text = 'İstanbul 的 ai 与 ärzte'
    expect(termMisuseSpans(text, ['AI', 'Ärzte']).map((span) => [span.term, text.slice(span.start, span.end)])).toEqual([
      ['AI', 'ai'],
      ['Ärzte', 'ärzte'],
    ])
  })

  it('gives the same answer for the same text every time (kept patterns start afresh)', () => {
    expect(findTermMisuses('ai、ai', terms)).toEqual([{ term: 'AI', written: 'ai', count: 2 }])
    expect(findTermMisuses('ai、ai', terms)).toEqual([{ term: 'AI', written: 'ai', count: 2 }])
  })
})

describe('sources an earlier published issue cited', () => {
  const cited = (id: number, url: string) => article({ id, sources: [source(id, url, csis, '2025-03')] })
  const prior = (issueId: number, number: number, title: string, publishedAt: string, urls: string[]) => ({ issueId, number, title, publishedAt, urls })
  const findingsOf = (articles: CheckedArticle[], priorCitations: ReturnType<typeof prior>[], language: 'zh' | 'en' = 'en', id: number = 9) =>
    runEditorialChecks({ id, articles, thinkTanks, priorCitations }, language).filter((f) => f.code === 'source-cited-before')

  it('warns naming the earlier issue by number and title, in the language asked for', () => {
    const earlier = [prior(1, 3, 'AI watch no. 3', '2025-04-01T00:00:00.000Z', ['https://www.csis.org/analysis/x'])]
    const [en] = findingsOf([cited(1, 'https://www.csis.org/analysis/x')], earlier)
    expect(en).toMatchObject({ severity: 'warning', location: 'source:1' })
    expect(en!.message).toContain('issue 3 "AI watch no. 3"')
    const [zh] = findingsOf([cited(1, 'https://www.csis.org/analysis/x')], earlier, 'zh')
    expect(zh!.message).toContain('第 3 期“AI watch no. 3”')
  })

  it('compares canonical URLs: tracking parameters, fragments and host case do not make a report new', () => {
    const earlier = [prior(1, 3, 'T', '2025-04-01T00:00:00.000Z', ['https://www.csis.org/analysis/x'])]
    expect(findingsOf([cited(1, 'https://WWW.csis.org/analysis/x?utm_source=mail&fbclid=1#part-2')], earlier)).toHaveLength(1)
    expect(findingsOf([cited(1, 'https://www.csis.org/analysis/y')], earlier)).toEqual([])
    expect(findingsOf([cited(1, 'https://www.csis.org/analysis/x?page=2')], earlier)).toEqual([])
  })

  it('does not count the issue itself or its own earlier revisions', () => {
    const own = [prior(9, 5, 'Own', '2025-04-01T00:00:00.000Z', ['https://www.csis.org/analysis/x']), prior(9, 5, 'Own', '2025-04-03T00:00:00.000Z', ['https://www.csis.org/analysis/x'])]
    expect(findingsOf([cited(1, 'https://www.csis.org/analysis/x')], own)).toEqual([])
  })

  it('once the issue is published, counts only issues published before its first release', () => {
    const releases = [
      prior(9, 5, 'Own', '2025-04-01T00:00:00.000Z', []),
      prior(2, 4, 'Before', '2025-03-01T00:00:00.000Z', ['https://www.csis.org/analysis/x']),
      prior(3, 6, 'After', '2025-05-01T00:00:00.000Z', ['https://www.csis.org/analysis/x']),
    ]
    const [finding, ...more] = findingsOf([cited(1, 'https://www.csis.org/analysis/x')], releases)
    expect(more).toEqual([])
    expect(finding!.message).toContain('issue 4 "Before"')
    expect(finding!.message).not.toContain('After')
  })

  it('names every earlier issue once and warns once per source however many articles cite it', () => {
    const url = 'https://www.csis.org/analysis/x'
    const releases = [prior(2, 4, 'Four', '2025-03-01T00:00:00.000Z', [url]), prior(3, 2, 'Two', '2025-02-01T00:00:00.000Z', [url]), prior(3, 2, 'Two', '2025-02-02T00:00:00.000Z', [url])]
    const findings = findingsOf([cited(1, url), article({ id: 2, sources: [source(1, url, csis, '2025-03')] })], releases)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toBe(`Source "S1" (${url}) was already cited in issue 2 "Two", issue 4 "Four".`)
  })
})
