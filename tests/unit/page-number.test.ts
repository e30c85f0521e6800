import { describe, expect, it } from 'vitest'

import { readerPageNumber } from '../../src/site/page-number'

describe('readerPageNumber', () => {
  it('reads page 1 when absent and whole numbers in range', () => {
    expect([undefined, '', '1', '2', '10000'].map(readerPageNumber)).toEqual([1, 1, 1, 2, 10_000])
  })

  it('refuses what the outsider sent and other garbage', () => {
    expect(['1e21', '1e309', '12345678901234567890', '0', '-1', '2.5', '10001', ' 2', '0x10', 'NaN', '１'].map(readerPageNumber)).toEqual(Array(11).fill(null))
    expect(readerPageNumber(['1', '2'])).toBeNull()
  })
})
