import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseIssueText } from '../../src/import/parse-issue'
import { extractSourceFacts, titleFromUrl } from '../../src/import/source-facts'

const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')

describe('parseIssueText on the seed issue', () => {
  const parsed = parseIssueText(seed)

  it('finds the column, the four intro paragraphs and the two sections with their names', () => {
    expect(parsed.column).toBe('海外智库观察')
    expect(parsed.intro).toHaveLength(4)
    expect(parsed.sections.map((s) => [s.thinkTankName, s.thinkTankNameEn, s.headline, s.body.length])).toEqual([
      ['美国战略与国际研究中心', 'csis', '美国推动ai标准的法律基础与国际结构战略', 3],
      ['卡内基国际和平基金会', 'brookings institution', '生成式人工智能治理路径与中国标准输出机制', 5],
    ])
  })

  it('reads the numbered references and the credits with affiliations', () => {
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2])
    expect(parsed.references[1]?.url).toBe('https://carnegieendowment.org/research/2025/02/chinas-approach-to-regulating-generative-ai')
    expect(parsed.credits).toEqual([
      { stage: 'review', people: [{ name: '赵杨博', affiliation: null }] },
      { stage: 'layout', people: [{ name: '李森', affiliation: '北京工商大学' }] },
      { stage: 'final', people: [{ name: '梁正', affiliation: null }, { name: '鲁俊群', affiliation: null }] },
    ])
  })
})

const paragraph = (text: string) => `${text}。这是一段足够长的正文，用来说明报告的主要观点和论证过程，长度超过一个标题应有的长度。`

describe('parseIssueText on variants', () => {
  it('reads three sections, one written "中文名 / English name" on one line', () => {
    const text = [
      '智库周报',
      paragraph('本期导语'),
      '兰德公司',
      'RAND',
      '前沿模型的权重安全',
      paragraph('2024年5月，兰德公司发布报告'),
      '布鲁金斯学会 / Brookings Institution',
      '人工智能与就业',
      paragraph('2024年6月，布鲁金斯学会发布报告'),
      '查塔姆研究所',
      'Chatham House',
      '数字主权',
      paragraph('第一段'),
      paragraph('第二段'),
      '1. https://www.rand.org/pubs/a.html',
      '2. https://www.brookings.edu/articles/b/',
      '3. https://www.chathamhouse.org/c',
    ].join('\n')
    const parsed = parseIssueText(text)
    expect(parsed.sections.map((s) => [s.thinkTankName, s.thinkTankNameEn, s.body.length])).toEqual([
      ['兰德公司', 'RAND', 1],
      ['布鲁金斯学会', 'Brookings Institution', 1],
      ['查塔姆研究所', 'Chatham House', 2],
    ])
    expect(parsed.references).toHaveLength(3)
  })

  it('reads an English-only issue', () => {
    const text = [
      'Think Tank Watch',
      'This week we look at two reports on artificial intelligence governance and what they mean for standards bodies around the world.',
      'RAND Corporation',
      'Securing model weights',
      'In May 2024 RAND published a report on how frontier labs should protect the weights of their most capable models against theft.',
      'Brookings Institution',
      'AI and jobs',
      'Brookings economists estimate which occupations are most exposed to generative AI and which are likely to benefit from it.',
      '1. https://www.rand.org/pubs/a.html',
      '2. https://www.brookings.edu/articles/b/',
    ].join('\n')
    const parsed = parseIssueText(text)
    expect(parsed.column).toBe('Think Tank Watch')
    expect(parsed.sections.map((s) => [s.thinkTankName, s.thinkTankNameEn, s.headline])).toEqual([
      [null, 'RAND Corporation', 'Securing model weights'],
      [null, 'Brookings Institution', 'AI and jobs'],
    ])
  })

  it('copes with missing credits and a reference no section cites', () => {
    const parsed = parseIssueText(seed.replace(/审核:.*\n|排版:.*\n|终审:.*/g, '') + '\n3.https://www.brookings.edu/extra')
    expect(parsed.credits).toEqual([])
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2, 3])
  })

  it('reads Markdown: headings, emphasis and linked references', () => {
    const text = [
      '# 海外智库观察',
      paragraph('导语'),
      '## 兰德公司',
      '**RAND**',
      '### 前沿模型的权重安全',
      paragraph('正文'),
      '1. [https://www.rand.org/pubs/a.html](https://www.rand.org/pubs/a.html)',
    ].join('\n')
    const parsed = parseIssueText(text)
    expect(parsed.column).toBe('海外智库观察')
    expect(parsed.sections[0]).toMatchObject({ thinkTankName: '兰德公司', thinkTankNameEn: 'RAND', headline: '前沿模型的权重安全' })
    expect(parsed.references[0]?.url).toBe('https://www.rand.org/pubs/a.html')
  })

  it('finds no sections in prose', () => {
    expect(parseIssueText(paragraph('只是一段文字')).sections).toEqual([])
  })
})

describe('extractSourceFacts', () => {
  it('reads month, Chinese title and authors as the seed states them', () => {
    const sections = parseIssueText(seed).sections
    expect(extractSourceFacts(sections[0]!.body)).toEqual({
      month: '2025-03',
      titleZh: '理解美国及其盟友在ai与半导体出口控制上的法律权限',
      authors: ['Emily Benson'],
    })
    expect(extractSourceFacts(sections[1]!.body).authors).toEqual(['Oliver Guest', 'Kevin Wei'])
  })

  it('gives nothing when the text states nothing', () => {
    expect(extractSourceFacts(['没有日期也没有作者。'])).toEqual({ month: null, titleZh: null, authors: [] })
  })
})

describe('titleFromUrl', () => {
  it('makes a readable title from the last path segment', () => {
    expect(titleFromUrl('https://carnegieendowment.org/research/2025/02/chinas-approach-to-regulating-generative-ai')).toBe(
      'Chinas Approach to Regulating Generative Ai',
    )
    expect(titleFromUrl('https://www.rand.org/pubs/research_reports/RRA2849-1.html')).toBe('RRA2849 1')
    expect(titleFromUrl('not a url')).toBeNull()
  })
})
