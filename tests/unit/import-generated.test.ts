import { describe, expect, it } from 'vitest'

import { parseIssueText } from '../../src/import/parse-issue'
import { THINK_TANK_REGISTRY } from '../../src/registry/think-tank-registry'
import { generateIssue } from '../helpers/issue-generator'

const knownNames = THINK_TANK_REGISTRY.flatMap((entry) => [entry.name, entry.nameEn, entry.acronym ?? '', ...entry.nameVariants, ...entry.nameEnVariants]).filter(Boolean)

describe('parsing generated issues', () => {
  it('finds every section of 240 varied issues with its names and headline', () => {
    let expected = 0
    let found = 0
    const misses: string[] = []
    for (let seed = 1; seed <= 240; seed += 1) {
      const issue = generateIssue(seed)
      const parsed = parseIssueText(issue.text, knownNames)
      expected += issue.sections.length
      const headlines = parsed.sections.map((section) => section.headline)
      found += issue.sections.filter((section) => headlines.includes(section.headline)).length
      if (parsed.sections.length !== issue.sections.length) misses.push(`seed ${seed}: ${parsed.sections.length}/${issue.sections.length}`)
      else {
        const names = (sections: { name: string | null; nameEn: string | null }[]) => JSON.stringify(sections.map((section) => [section.name, section.nameEn]))
        const got = names(parsed.sections.map((section) => ({ name: section.thinkTankName, nameEn: section.thinkTankNameEn })))
        if (got !== names(issue.sections)) misses.push(`seed ${seed}: names ${got} instead of ${names(issue.sections)}`)
      }
      expect(parsed.references).toHaveLength(issue.sections.length)
      expect(parsed.credits.map((credit) => credit.stage)).toEqual(['review', 'layout', 'final'])
    }
    expect(misses).toEqual([])
    expect(found / expected).toBe(1)
  })
})
