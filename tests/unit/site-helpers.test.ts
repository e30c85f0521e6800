import { describe, expect, it } from 'vitest'

import { siteText } from '../../src/i18n/site-text'
import { groupByYear } from '../../src/site/archive'
import { safeHref } from '../../src/site/safe-href'

describe('safeHref', () => {
  it('keeps http(s) and mailto links', () => {
    expect(safeHref('https://www.csis.org/a')).toBe('https://www.csis.org/a')
    expect(safeHref('mailto:editor@example.org')).toBe('mailto:editor@example.org')
  })

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '', null])('drops %j', (url) => {
    expect(safeHref(url)).toBeNull()
  })
})

describe('archive helpers', () => {
  it('groups issues by year, newest year first', () => {
    const groups = groupByYear([
      { id: 1, publishedOn: '2024-12-01' },
      { id: 2, publishedOn: '2025-03-01' },
      { id: 3, publishedOn: '2024-01-01' },
    ])
    expect(groups.map((group) => [group.year, group.items.map((item) => item.id)])).toEqual([
      [2025, [2]],
      [2024, [1, 3]],
    ])
  })
})

describe('siteText', () => {
  it('fills placeholders in either language', () => {
    expect(siteText('zh', 'issueNo', { n: 3 })).toBe('第 3 期')
    expect(siteText('en', 'issueNo', { n: 3 })).toBe('No. 3')
  })
})
