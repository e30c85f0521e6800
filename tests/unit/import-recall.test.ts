import { describe, expect, it } from 'vitest'

import { pinyinSlug } from '../../src/content/pinyin-slug'
import { parseIssueText } from '../../src/import/parse-issue'
import { planImport } from '../../src/import/plan-import'

const ISSUE = [
  '海外智库观察',
  '2025年9月 总第58期',
  '人工智能安全研究所的国际网络',
  '本期介绍两份关于人工智能安全研究所网络的研究报告，讨论各国如何协调评测标准与信息共享机制，以及未来合作的方向。',
  '美国战略与国际研究中心',
  'CSIS',
  '各国AI安全研究所如何协作',
  '2025年8月，美国战略与国际研究中心发布题为《人工智能安全研究所网络》的报告。报告认为，各国研究所需要在评测方法上加强协调，并建立稳定的信息共享渠道，以应对前沿模型带来的风险。',
  '兰德公司',
  'RAND',
  '前沿模型评测',
  '2025年8月，兰德公司发布研究报告，讨论前沿模型评测的方法与局限，建议政府与企业共同建立第三方评测体系，并加强对评测结果的独立审查与公开。',
  '1.https://www.csis.org/analysis/ai-safety-institutes-network',
  '2.https://www.rand.org/pubs/research_reports/RRA1234-1.html',
  '审核：赵杨博',
].join('\n')

describe('import recall', () => {
  const parsed = parseIssueText(ISSUE)
  const plan = planImport(parsed, { thinkTanks: [], sources: [] })

  it('takes the line under the date line as the issue title, and no warning about a missing one', () => {
    expect(parsed.title).toBe('人工智能安全研究所的国际网络')
    expect(parsed.column).toBe('海外智库观察')
    expect(parsed.dateline).toHaveLength(1)
    expect(parsed.intro[0]).toMatch(/^本期介绍/)
    expect(plan.title).toBe('人工智能安全研究所的国际网络')
    expect(plan.warnings.map((warning) => warning.en).join('\n')).not.toContain('no issue title')
  })

  it('keeps the first headline as the title when no line follows the date line', () => {
    const without = parseIssueText(ISSUE.replace('人工智能安全研究所的国际网络\n', ''))
    expect(without.title).toBeNull()
    expect(planImport(without, { thinkTanks: [], sources: [] }).title).toBe('各国AI安全研究所如何协作')
  })

  it('names a source by the 《…》 title its section gives, else by its URL — never a title-cased slug', () => {
    expect(plan.sources.map((source) => ('create' in source ? source.create.title : null))).toEqual([
      '人工智能安全研究所网络',
      'https://www.rand.org/pubs/research_reports/RRA1234-1.html',
    ])
  })
})

describe('pinyinSlug', () => {
  it('writes Chinese as pinyin two characters to a word and keeps Latin words and digits', () => {
    expect(pinyinSlug('海外智库观察')).toBe('haiwai-zhiku-guancha')
    expect(pinyinSlug('海外智库观察 CSIS周报2025')).toBe('haiwai-zhiku-guancha-csis-zhoubao-2025')
    expect(pinyinSlug('绿色能源转型观察站')).toBe('lvse-nengyuan-zhuanxing-guancha-zhan')
    expect(pinyinSlug('Imported issues')).toBe('imported-issues')
    expect(pinyinSlug('——')).toBe('')
  })
})
