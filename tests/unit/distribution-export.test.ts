import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import { renderMarkdown } from '../../src/distribution/markdown'
import { renderWechat, WECHAT_CHARACTER_LIMIT } from '../../src/distribution/wechat'
import { sayIn } from '../../src/i18n/say'
import { buildReleaseContent, type ReleaseInput } from '../../src/release/build-release'
import type { LexicalDocument, LexicalNode } from '../../src/richtext/lexical-json'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'

type Element = { type: string; name?: string; attribs?: Record<string, string>; children?: Element[]; data?: string }

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', version: 1, text: value, format, style: '', mode: 'normal', detail: 0 })
const link = (url: string, label: string): LexicalNode => ({ type: 'link', version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [text(label)] })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', version: 1, children })
const doc = (...children: LexicalNode[]): LexicalDocument => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })

const csis = { slug: 'csis', name: '美国战略与国际研究中心', nameEn: 'Center for Strategic and International Studies', acronym: 'CSIS', country: 'US', website: 'https://www.csis.org' }

function release(overrides: Partial<ReleaseInput> = {}) {
  const input: ReleaseInput = {
    issue: {
      id: 7,
      slug: 'ai-standards',
      title: '中美人工智能治理 <标准> & 规则',
      number: 12,
      intro: doc(paragraph(text('导语见 '), link('https://mp.weixin.qq.com/s/abc', '上一期'), text('，另见 '), link('https://example.org/x?a=1&b=2', '背景'))),
      showReferenceTitles: false,
    },
    newsletter: { slug: 'watch', title: '海外智库观察', titleEn: 'Think-Tank Watch' },
    cover: { url: '/api/media/file/cover.png', alt: '封面图', width: 800, height: 400 },
    articles: [
      {
        id: 1,
        slug: 'export-controls',
        headline: '出口管制的法律基础',
        body: doc(
          paragraph(text('美国出口管制', 1), text('与盟友'), link('https://www.csis.org/a', '报告')),
          paragraph(link('javascript:alert(1)', '坏链接'), link('https://example.org/x?a=1&b=2', '重复链接'), text('<script>alert(1)</script>')),
        ),
        topics: [],
        thinkTank: csis,
        sourceIds: [10, 11],
      },
    ],
    sources: [
      { id: 10, title: 'Legal authorities', titleZh: null, url: 'https://www.csis.org/a', authors: [], publishedAt: '2025-01', thinkTank: 'csis' },
      { id: 11, title: 'Regulating AI', titleZh: null, url: 'https://www.csis.org/b(1)', authors: [], publishedAt: null, thinkTank: 'csis' },
    ],
    signoffs: [
      { stage: 'review', name: '赵杨博' },
      { stage: 'final', name: '王五' },
    ],
    revision: 1,
    publishedAt: '2025-03-04T05:06:07.000Z',
    correction: null,
    ...overrides,
  }
  return buildReleaseContent(input)
}

const ISSUE_URL = 'https://zhiku.example.org/issues/ai-standards'

function elements(node: Element): Element[] {
  const own = node.type === 'tag' || node.type === 'script' || node.type === 'style' ? [node] : []
  return [...own, ...(node.children ?? []).flatMap(elements)]
}

function textOf(node: Element): string {
  if (node.type === 'text') return node.data ?? ''
  return (node.children ?? []).map(textOf).join('')
}

describe('WeChat export', () => {
  const content = release()
  const result = renderWechat(content, { issueUrl: ISSUE_URL })
  const root = parseDocument(result.html, { decodeEntities: true }) as unknown as Element
  const all = elements(root)
  const visible = textOf(root)

  it('has inline styles only: no style, script or link elements, no class or id', () => {
    expect(all.length).toBeGreaterThan(10)
    expect(all.filter((el) => ['style', 'script', 'link'].includes(el.name ?? ''))).toEqual([])
    expect(all.filter((el) => el.attribs && ('class' in el.attribs || 'id' in el.attribs))).toEqual([])
    expect(all.filter((el) => el.name === 'p').every((el) => (el.attribs?.style ?? '').length > 0)).toBe(true)
  })

  it('links only to mp.weixin.qq.com; other links become numbered notes with the URL as text', () => {
    const anchors = all.filter((el) => el.name === 'a')
    expect(anchors.map((el) => el.attribs?.href)).toEqual(['https://mp.weixin.qq.com/s/abc'])
    expect(visible).toContain('参考资料')
    // The two references keep their numbers; the one new link gets the next, once, though linked twice.
    expect(visible).toContain('[1] https://www.csis.org/a')
    expect(visible).toContain('[2] https://www.csis.org/b(1)')
    expect(visible).toContain('[3] https://example.org/x?a=1&b=2')
    expect(visible.match(/\[3\] https/g)).toHaveLength(1)
    expect(visible).toContain('背景[3]')
    expect(visible).toContain('重复链接[3]')
    expect(visible).toContain('报告[1]')
    expect(visible).not.toContain('javascript:')
    expect(visible).toContain('<script>alert(1)</script>')
    expect(all.some((el) => el.name === 'script')).toBe(false)
  })

  it('notes images for upload, ends with the credits and gives the page for 阅读原文', () => {
    expect(visible).toContain('https://zhiku.example.org/api/media/file/cover.png')
    expect(result.warnings.some((warning) => warning.includes('cover.png'))).toBe(true)
    expect(all.some((el) => el.name === 'img')).toBe(false)
    expect(visible.indexOf('审核：赵杨博')).toBeGreaterThan(visible.indexOf('参考资料'))
    expect(visible).toContain('终审：王五')
    expect(visible.endsWith(`阅读原文：${ISSUE_URL}`)).toBe(true)
  })

  it('counts the characters a reader sees and warns over the editor limit', () => {
    expect(result.characters).toBe(Array.from(visible).length)
    expect(result.warnings.some((warning) => warning.includes(String(WECHAT_CHARACTER_LIMIT)))).toBe(false)
    const long = release({
      articles: [{ id: 1, slug: 'long', headline: '长文', body: paragraphsToLexical(['字'.repeat(WECHAT_CHARACTER_LIMIT + 10)]), topics: [], thinkTank: csis, sourceIds: [10] }],
    })
    const over = renderWechat(long, { issueUrl: ISSUE_URL })
    // One language per warning: Chinese by default, English when asked.
    expect(over.warnings.every((warning) => !/[A-Za-z]{4,} [A-Za-z]{4,}/.test(warning.replace(/https?:\S+/g, '')))).toBe(true)
    const inEnglish = renderWechat(long, { issueUrl: ISSUE_URL, say: sayIn('en') })
    expect(inEnglish.warnings.some((warning) => warning.includes(String(WECHAT_CHARACTER_LIMIT)))).toBe(true)
    expect(inEnglish.warnings.every((warning) => !/[\u4e00-\u9fff]/.test(warning))).toBe(true)
    expect(over.characters).toBeGreaterThan(WECHAT_CHARACTER_LIMIT)
    expect(over.warnings.some((warning) => warning.includes(String(WECHAT_CHARACTER_LIMIT)))).toBe(true)
  })
})

describe('Markdown export', () => {
  const { markdown } = renderMarkdown(release(), { issueUrl: ISSUE_URL })

  it('writes links reference-style and defines every reference once', () => {
    const definitions = [...markdown.matchAll(/^\[(\d+)\]: (\S+)/gm)].map((match) => [Number(match[1]), match[2]])
    expect(definitions).toEqual([
      [1, 'https://www.csis.org/a'],
      [2, '<https://www.csis.org/b(1)>'],
      [3, 'https://mp.weixin.qq.com/s/abc'],
      [4, 'https://example.org/x?a=1&b=2'],
    ])
    const used = new Set([...markdown.matchAll(/\]\[(\d+)\]/g)].map((match) => Number(match[1])))
    expect([...used].sort()).toEqual([1, 3, 4])
    expect(markdown).toContain('## 美国战略与国际研究中心（CSIS）：出口管制的法律基础 [1] [2]')
    expect(markdown).toContain('[背景][4]')
    expect(markdown).toContain('[重复链接][4]')
    expect(markdown).not.toContain('javascript:')
  })

  it('round-trips the references: each definition parses back to the release reference URL', () => {
    const content = release()
    const parsed = new Map(
      [...markdown.matchAll(/^\[(\d+)\]: <?([^\s>]+)>?/gm)].map((match) => [Number(match[1]), decodeURI(match[2] ?? '')]),
    )
    for (const reference of content.references) expect(parsed.get(reference.number)).toBe(reference.url)
  })

  it('escapes text that Markdown would read as markup, and keeps credits and the page link', () => {
    expect(markdown).toContain('# 中美人工智能治理 \\<标准\\> & 规则')
    expect(markdown).toContain('\\<script\\>alert\\(1\\)\\</script\\>')
    expect(markdown).toContain('审核：赵杨博')
    expect(markdown).toContain(`[阅读原文](${ISSUE_URL})`)
  })
})
