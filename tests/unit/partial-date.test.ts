import { describe, expect, it } from 'vitest'

import { formatPartialDateZh, parsePartialDate } from '../../src/validation/partial-date'

describe('parsePartialDate', () => {
  it('reads year, month and day precision', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: undefined, day: undefined, precision: 'year' })
    expect(parsePartialDate('2025-03')).toMatchObject({ year: 2025, month: 3, precision: 'month' })
    expect(parsePartialDate('2024-02-29')).toMatchObject({ day: 29, precision: 'day' })
  })

  it.each(['2025-13', '2025-00', '2025-02-30', '2023-02-29', '25-03', '2025/03', '2025-3', 'March 2025'])(
    'refuses %s',
    (value) => expect(parsePartialDate(value)).toBeUndefined(),
  )
})

describe('formatPartialDateZh', () => {
  it('writes dates the way Chinese bodies state them', () => {
    expect(formatPartialDateZh('2025-03')).toBe('2025年3月')
    expect(formatPartialDateZh('2025-02-05')).toBe('2025年2月5日')
    expect(formatPartialDateZh('2025')).toBe('2025年')
  })
})
