import { describe, expect, it } from 'vitest'

import { chooseSlugs, sourceSlugCandidates } from '../../src/import/source-slug'

describe('slugs of imported sources', () => {
  it('are the title with a short hash of the URL first, then longer hashes, then numbered', () => {
    const candidates = sourceSlugCandidates('Annual Report 2024', 'https://www.rand.org/pubs/a.html')
    expect(candidates[0]).toMatch(/^annual-report-2024-[0-9a-f]{6}$/)
    expect(candidates[1]).toMatch(/^annual-report-2024-[0-9a-f]{12}$/)
    expect(candidates[1]!.startsWith(candidates[0]!)).toBe(true)
    expect(candidates.at(-1)).toMatch(/^annual-report-2024-[0-9a-f]{64}-5$/)
    expect(new Set(candidates).size).toBe(candidates.length)
  })

  it('name a source without a Latin title "source"', () => {
    expect(sourceSlugCandidates('人工智能治理', 'https://example.org/x')[0]).toMatch(/^source-[0-9a-f]{6}$/)
  })

  it('skip a slug another source holds, and one an earlier source of the same import just took', () => {
    const first = sourceSlugCandidates('Annual Report', 'https://a.example/1')
    const second = sourceSlugCandidates('Annual Report', 'https://a.example/2')
    // As if both short hashes were equal: the second source gets its longer one.
    const clashing = [first, [first[0]!, ...second.slice(1)]]
    expect(chooseSlugs(clashing, new Set())).toEqual([first[0], second[1]])
    expect(chooseSlugs([first], new Set([first[0]!, first[1]!]))).toEqual([first[2]])
  })
})
