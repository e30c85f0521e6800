import { describe, expect, it } from 'vitest'

import { keptPerObject } from '../../src/content/kept-per-object'

describe('keptPerObject', () => {
  it('works an answer out once per object and apart for each object, falsy answers included', () => {
    const asked: number[][] = []
    const total = keptPerObject((list: number[]) => {
      asked.push(list)
      return list.reduce((sum, n) => sum + n, 0)
    })
    const nothing = [0]
    const some = [1, 2]
    expect([total(nothing), total(some), total(nothing), total(some)]).toEqual([0, 3, 0, 3])
    expect(asked).toEqual([nothing, some])
  })
})
