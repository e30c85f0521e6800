import { describe, expect, it } from 'vitest'

import { firstFreeSlug, pinyinSlug } from '../../src/content/pinyin-slug'
import { sourceSearchTitle, thinkTankSearchTitle } from '../../src/content/search-titles'

describe('pinyinSlug', () => {
  it('spells Chinese as toneless pinyin, word by word, and keeps Latin words and digits', () => {
    expect(pinyinSlug('人工智能安全研究所网络')).toBe('rengong-zhineng-anquan-yanjiusuo-wangluo')
    expect(pinyinSlug('CSIS：美国的AI标准战略 2025')).toBe('csis-meiguo-de-ai-biaozhun-zhanlve-2025')
    expect(pinyinSlug('Governing AI: What’s Next?')).toBe('governing-ai-whats-next')
  })
  it('gives nothing for a title without letters or digits', () => {
    expect(pinyinSlug('：——！')).toBe('')
    expect(pinyinSlug('')).toBe('')
  })
  it('cuts a long title at a hyphen', () => {
    const slug = pinyinSlug('全球人工智能治理的现状与未来：来自美国战略与国际研究中心的最新报告与政策建议汇总', 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slug.startsWith('quanqiu-rengong-zhineng')).toBe(true)
  })
})

describe('firstFreeSlug', () => {
  it('numbers a taken slug', async () => {
    const taken = new Set(['ai', 'ai-2'])
    expect(await firstFreeSlug('ai', (slug) => taken.has(slug))).toBe('ai-3')
    expect(await firstFreeSlug('ml', (slug) => taken.has(slug))).toBe('ml')
    expect(await firstFreeSlug('x', () => true, 3)).toBeNull()
  })
})

describe('search titles', () => {
  it('joins every distinct name a person might type', () => {
    expect(thinkTankSearchTitle({ name: '美国战略与国际研究中心', acronym: 'CSIS', nameEn: 'Center for Strategic and International Studies' })).toBe(
      '美国战略与国际研究中心 · CSIS · Center for Strategic and International Studies',
    )
    expect(thinkTankSearchTitle({ name: '兰德公司', acronym: 'RAND', nameEn: 'rand' })).toBe('兰德公司 · RAND')
    expect(sourceSearchTitle({ title: 'Governing AI', titleZh: '人工智能治理' })).toBe('Governing AI · 人工智能治理')
    expect(sourceSearchTitle({ title: 'Governing AI', titleZh: null })).toBe('Governing AI')
  })
})
