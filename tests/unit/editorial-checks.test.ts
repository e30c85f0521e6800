import { describe, expect, it } from 'vitest'

import { runEditorialChecks } from '../../src/checks/run-checks'
import { findTermMisuses } from '../../src/checks/style-terms'
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
})
