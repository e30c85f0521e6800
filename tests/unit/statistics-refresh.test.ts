import { describe, expect, it } from 'vitest'

import { FIRST_REFRESH_AFTER, REFRESH_EVERY, refreshStatisticsAfter, refreshStatisticsAtEnd } from '../../src/import/statistics-refresh'

describe('refreshing planner statistics during an import run', () => {
  it('refreshes once the first fifty issues are in, then every thousand', () => {
    const refreshedAt = Array.from({ length: 3500 }, (_, index) => index + 1).filter(refreshStatisticsAfter)
    expect(refreshedAt).toEqual([FIRST_REFRESH_AFTER, REFRESH_EVERY, 2 * REFRESH_EVERY, 3 * REFRESH_EVERY])
  })

  it('never before anything was imported', () => {
    expect(refreshStatisticsAfter(0)).toBe(false)
    expect(refreshStatisticsAfter(1)).toBe(false)
  })

  it('refreshes at the end of a bulk run unless it just did, and not after a few files', () => {
    expect(refreshStatisticsAtEnd(1)).toBe(false)
    expect(refreshStatisticsAtEnd(FIRST_REFRESH_AFTER - 1)).toBe(false)
    expect(refreshStatisticsAtEnd(FIRST_REFRESH_AFTER)).toBe(false)
    expect(refreshStatisticsAtEnd(FIRST_REFRESH_AFTER + 1)).toBe(true)
    expect(refreshStatisticsAtEnd(REFRESH_EVERY)).toBe(false)
    expect(refreshStatisticsAtEnd(10_001)).toBe(true)
  })
})
