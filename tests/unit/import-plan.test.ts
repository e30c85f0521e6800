import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { runEditorialChecks } from '../../src/checks/run-checks'
import { DEFAULT_STYLE_TERMS } from '../../src/checks/style-terms'
import { DEMO_THINK_TANKS } from '../../src/demo/demo-content'
import { parseIssueText } from '../../src/import/parse-issue'
import { planAsCheckedIssue, planImport } from '../../src/import/plan-import'

const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
const tanks = DEMO_THINK_TANKS.map((tank, index) => ({ id: index + 1, ...tank }))

describe('planImport on the seed', () => {
  const plan = planImport(parseIssueText(seed), { thinkTanks: tanks, sources: [] })

  it('files each section under the think tank its reference URL belongs to', () => {
    expect(plan.articles.map((article) => article.thinkTankKey)).toEqual(['id:1', 'id:2'])
    expect(plan.problems).toEqual([])
  })

  it('creates the two sources with title, authors and month from the text', () => {
    expect(plan.sources.map((source) => ('create' in source ? [source.create.authors, source.create.publishedAt] : null))).toEqual([
      [['Emily Benson'], '2025-03'],
      [['Oliver Guest', 'Kevin Wei'], '2025-02'],
    ])
  })

  it('reuses a source already in the CMS by its URL', () => {
    const url = 'https://www.csis.org/analysis/understanding-us-allies-legal-authorities-export-controls-ai-and-semiconductors'
    const reused = planImport(parseIssueText(seed), { thinkTanks: tanks, sources: [{ id: 77, url }] })
    expect(reused.sources[0]).toMatchObject({ existing: { id: 77 } })
  })

  it('plans new think tanks from the heading and the URL domain when none match', () => {
    const fresh = planImport(parseIssueText(seed), { thinkTanks: [], sources: [] })
    expect(fresh.thinkTanks.map((tank) => ('create' in tank ? [tank.create.name, tank.create.acronym, tank.create.domains] : null))).toEqual([
      ['美国战略与国际研究中心', 'CSIS', ['csis.org']],
      ['卡内基国际和平基金会', null, ['carnegieendowment.org']],
    ])
  })
})

describe('the checks on the seed', () => {
  const plan = planImport(parseIssueText(seed), { thinkTanks: tanks, sources: [] })
  const findings = runEditorialChecks(planAsCheckedIssue(plan, DEFAULT_STYLE_TERMS, tanks))

  it('report the Carnegie/Brookings heading as the only error', () => {
    const errors = findings.filter((finding) => finding.severity === 'error')
    expect(errors.map((finding) => [finding.code, finding.location])).toEqual([['heading-think-tank-mismatch', 'article:new-2']])
    expect(errors[0]?.message).toContain('brookings institution')
  })

  it('report every lower-cased term of the style list, and no other kind of finding', () => {
    const terms = new Set(findings.filter((finding) => finding.code === 'style-term-case').map((finding) => finding.fix?.written))
    expect([...terms].sort()).toEqual(['ai', 'csis', 'genai', 'iso', 'iso/iec', 'itu', 'nist'])
    expect(new Set(findings.map((finding) => finding.code))).toEqual(new Set(['heading-think-tank-mismatch', 'style-term-case']))
  })
})

describe('bad input in the plan', () => {
  it('refuses a malformed reference URL', () => {
    const plan = planImport(parseIssueText(seed.replace('2.https://carnegieendowment.org', '2.htps:/carnegieendowment.org')), { thinkTanks: tanks, sources: [] })
    expect(plan.problems.map((problem) => problem.code)).toEqual(['malformed-url'])
  })

  it('refuses text with no sections', () => {
    expect(planImport(parseIssueText('只有一句话。'), { thinkTanks: tanks, sources: [] }).problems[0]?.code).toBe('no-sections')
  })

  it('warns about a reference no section cites', () => {
    const plan = planImport(parseIssueText(`${seed}\n3.https://www.brookings.edu/extra`), { thinkTanks: tanks, sources: [] })
    expect(plan.warnings.map((warning) => warning.en).join('\n')).toContain('Reference 3')
    expect(plan.warnings.map((warning) => warning.zh).join('\n')).toContain('参考文献 3（https://www.brookings.edu/extra）没有被任何栏目引用。')
  })
})
