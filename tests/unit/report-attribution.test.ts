import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { reportPublishers } from '../../src/checks/report-attribution'
import { runEditorialChecks } from '../../src/checks/run-checks'
import { DEFAULT_STYLE_TERMS } from '../../src/checks/style-terms'
import type { CheckedArticle, CheckedThinkTank } from '../../src/checks/types'
import { parseIssueText } from '../../src/import/parse-issue'
import { planAsCheckedIssue, planImport } from '../../src/import/plan-import'
import { THINK_TANK_REGISTRY } from '../../src/registry/think-tank-registry'
import { generateIssue } from '../helpers/issue-generator'

const registry: CheckedThinkTank[] = THINK_TANK_REGISTRY.map((entry, index) => ({
  id: index + 1,
  name: entry.name,
  nameEn: entry.nameEn,
  acronym: entry.acronym,
  domains: entry.domains,
  aliases: [...entry.nameVariants, ...entry.nameEnVariants],
  registered: true,
}))
const named = (acronymOrName: string) => registry.find((tank) => tank.acronym === acronymOrName || tank.name === acronymOrName)!
const rand = named('RAND')
const csis = named('CSIS')
const brookings = named('布鲁金斯学会')

const section = (bodyText: string, thinkTank = rand): CheckedArticle => ({
  id: 1,
  headline: '标题',
  bodyText,
  thinkTank,
  sources: [{ id: 1, url: `https://www.${thinkTank.domains![0]}/r`, thinkTank }],
})
const mismatches = (bodyText: string, thinkTank = rand) =>
  runEditorialChecks({ articles: [section(bodyText, thinkTank)], thinkTanks: registry }).filter((finding) => finding.code === 'body-think-tank-mismatch')

describe('a section whose text credits another think tank with its report', () => {
  it('takes a hand-made twin of a registry think tank (same web domain) for the same one', () => {
    const twin = { ...rand, id: 'twin', name: `${rand.name}（编辑部）` }
    expect(mismatches(`2024年5月，${rand.name}发布报告。`, twin)).toEqual([])
  })
  it('is an error naming both, whichever name or language the text uses', () => {
    for (const body of ['2025年3月，布鲁金斯学会发布题为《某报告》的研究报告。', '2025年3月,布鲁金斯学会(Brookings)的研究员张三发表了文章。', '近日，Brookings Institution发布报告。', 'In March 2025, the Brookings Institution published a report on chips.']) {
      const found = mismatches(body)
      expect(found.map((finding) => [finding.severity, finding.location]), body).toEqual([['error', 'article:1']])
      expect(found[0]!.message).toContain('兰德公司')
      expect(found[0]!.message).toContain('布鲁金斯学会')
    }
    const en = runEditorialChecks({ articles: [section('2025年3月，CSIS发布报告。')], thinkTanks: registry }, 'en').find((finding) => finding.code === 'body-think-tank-mismatch')
    expect(en?.message).toBe(`Article “标题” is headed ${rand.nameEn}, but its text says ${csis.nameEn} published the report.`)
  })

  it('raises nothing when the heading’s think tank publishes, co-publishes, or another is only mentioned or compared', () => {
    for (const body of [
      '2025年3月，兰德公司发布题为《某报告》的研究报告。',
      '2025年3月，RAND发布报告，并援引布鲁金斯学会的数据。',
      '2025年3月，布鲁金斯学会与兰德公司联合发布报告。',
      '2025年3月，CSIS和RAND联合发布了报告。',
      '据布鲁金斯学会统计，兰德公司于2025年3月发布报告。',
      '与布鲁金斯学会相比，兰德公司发布的报告更关注技术。',
      '布鲁金斯学会指出，兰德公司发布的报告值得关注。',
      '布鲁金斯学会的学者认为，出口管制需要盟友配合。',
      '2025年3月，兰德公司的研究员在布鲁金斯学会发布的报告基础上撰文。',
      'In March 2025, RAND and the Brookings Institution published a joint report.',
      'Brookings scholars have long argued about export controls.',
    ]) {
      expect(mismatches(body), body).toEqual([])
    }
  })

  it('finds co-publishers joined by 与/和/and', () => {
    expect(reportPublishers('2025年3月，布鲁金斯学会与CSIS联合发布报告。', registry).map((tank) => tank.id)).toEqual([brookings.id, csis.id])
    expect(reportPublishers('无关的句子。布鲁金斯学会发布报告。', registry)).toEqual([])
  })

  it('raises no false error on the seed or on 120 generated issues', () => {
    const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
    const texts = [seed, ...Array.from({ length: 120 }, (_, index) => generateIssue(index + 1).text)]
    const falseErrors = texts.flatMap((text) => {
      const plan = planImport(parseIssueText(text), { thinkTanks: registry, sources: [] })
      return runEditorialChecks(planAsCheckedIssue(plan, DEFAULT_STYLE_TERMS, registry)).filter((finding) => finding.code === 'body-think-tank-mismatch')
    })
    expect(falseErrors).toEqual([])
  }, 60_000)
})
