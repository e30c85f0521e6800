import { describe, expect, it } from 'vitest'

import { findingsNamed, fixTermInRichText, fixTermInText, isFixable, parseFixRequest } from '../../src/checks/fix-finding'
import { runEditorialChecks } from '../../src/checks/run-checks'
import { checkLanguageOf } from '../../src/checks/say'
import { lexicalToPlainText, paragraphsToLexical } from '../../src/richtext/lexical-json'

const terms = ['AI', 'GenAI', 'ISO/IEC', 'ISO', 'IEC']

describe('fixTermInText', () => {
  it('rewrites only the spelling the finding names, as a whole word', () => {
    expect(fixTermInText('ai治理、genai、fg-ai4h与Ai', terms, { written: 'ai', term: 'AI' })).toBe('AI治理、genai、fg-ai4h与Ai')
  })

  it('leaves the shorter term inside a longer one alone', () => {
    expect(fixTermInText('iso/iec 与 iso', terms, { written: 'iso', term: 'ISO' })).toBe('iso/iec 与 ISO')
    expect(fixTermInText('iso/iec 与 iso', terms, { written: 'iso/iec', term: 'ISO/IEC' })).toBe('ISO/IEC 与 iso')
  })

  it('changes nothing when the spelling is not there', () => {
    expect(fixTermInText('AI 与 ISO', terms, { written: 'ai', term: 'AI' })).toBe('AI 与 ISO')
  })
})

describe('fixTermInRichText', () => {
  it('fixes every text node and keeps the rest of the document', () => {
    const doc = paragraphsToLexical(['ai治理', '无关段落', '再谈ai'])
    const fixed = fixTermInRichText(doc, terms, { written: 'ai', term: 'AI' })
    expect(lexicalToPlainText(fixed)).toBe('AI治理\n无关段落\n再谈AI')
    expect(fixed.root.children[1]).toBe(doc.root.children[1])
    expect(lexicalToPlainText(doc)).toBe('ai治理\n无关段落\n再谈ai')
  })

  it('answers the same document when nothing changes', () => {
    const doc = paragraphsToLexical(['AI'])
    expect(fixTermInRichText(doc, terms, { written: 'ai', term: 'AI' })).toBe(doc)
  })
})

describe('fixable findings', () => {
  const findings = runEditorialChecks({ title: 'ai周报', articles: [{ id: 7, headline: 'H', bodyText: '2025年3月 ai', sources: [] }], styleTerms: ['AI'] })

  it('carry their correction; other findings do not', () => {
    expect(findings.filter(isFixable).map((finding) => [finding.location, finding.fix])).toEqual([
      ['issue', { written: 'ai', term: 'AI' }],
      ['article:7', { written: 'ai', term: 'AI' }],
    ])
    expect(findings.find((finding) => finding.code === 'article-without-source')?.fix).toBeUndefined()
  })

  it('are named by code and location, and by spelling when given', () => {
    expect(findingsNamed(findings, { code: 'style-term-case', location: 'article:7' })).toHaveLength(1)
    expect(findingsNamed(findings, { code: 'style-term-case', location: 'article:7', written: 'Ai' })).toHaveLength(0)
    expect(findingsNamed(findings, { code: 'style-term-case', location: 'article:8' })).toHaveLength(0)
  })

  it('parse a request and refuse malformed ones', () => {
    expect(parseFixRequest({ code: 'style-term-case', location: 'article:7', written: 'ai' })).toEqual({ ok: true, request: { code: 'style-term-case', location: 'article:7', written: 'ai' } })
    expect(parseFixRequest({ code: 'x', location: 'article:7; drop' }).ok).toBe(false)
    expect(parseFixRequest({ code: '', location: 'issue' }).ok).toBe(false)
    expect(parseFixRequest(null).ok).toBe(false)
    expect(parseFixRequest({ code: 'x', location: 'issue', written: 3 }).ok).toBe(false)
  })
})

describe('finding messages in one language', () => {
  const issue = { title: 'ai周报', articles: [{ id: 7, headline: '标题', bodyText: '见[3]', sources: [] }], styleTerms: ['AI'] }

  it('are Chinese by default and English when asked, with the same codes and locations', () => {
    const zh = runEditorialChecks(issue)
    const en = runEditorialChecks(issue, 'en')
    expect(en.map(({ code, location, severity }) => [code, location, severity])).toEqual(zh.map(({ code, location, severity }) => [code, location, severity]))
    expect(zh.map((finding) => finding.message)).toEqual(['文章“标题”未引用任何文献。', '标题中的“ai”应写作“AI”（1 处）。', '文章“标题”引用了 [3]，但本期只有 0 条参考文献。'])
    expect(en.map((finding) => finding.message)).toEqual(['Article “标题” cites no source.', '"ai" should be written "AI" in the title (1×).', 'Article “标题” cites [3], but the issue has 0 reference(s).'])
  })

  it('take the language from a tag, Chinese unless English', () => {
    expect(['en', 'en-US', 'EN', 'zh', 'zh-CN', 'fr', undefined, null, ''].map(checkLanguageOf)).toEqual(['en', 'en', 'en', 'zh', 'zh', 'zh', 'zh', 'zh', 'zh'])
  })
})
