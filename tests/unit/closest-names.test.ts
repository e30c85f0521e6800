import { describe, expect, it } from 'vitest'

import { closestThinkTanks } from '../../src/checks/closest-names'
import type { CheckedThinkTank } from '../../src/checks/types'

const tank = (id: number, name: string, nameEn: string): CheckedThinkTank => ({ id, name, nameEn, registered: true })

const registry = [
  tank(1, '兰德公司', 'RAND Corporation'),
  tank(2, '战略与国际研究中心', 'Center for Strategic and International Studies'),
  tank(3, '布鲁金斯学会', 'Brookings Institution'),
]

describe('closestThinkTanks', () => {
  it('puts the registry think tank a misspelt name comes closest to first', () => {
    expect(closestThinkTanks(registry, ['布鲁金斯学院']).map((found) => found.id)[0]).toBe(3)
    expect(closestThinkTanks(registry, ['Center for Strategic & International Study']).map((found) => found.id)[0]).toBe(2)
  })

  it('answers the same names the same way, whatever the caller did with an earlier answer', () => {
    const first = closestThinkTanks(registry, ['兰德公 司'])
    first.length = 0
    expect(closestThinkTanks(registry, ['兰德公 司']).map((found) => found.id)).toEqual([1])
  })

  it('answers from the list it is given: a new list with a closer name changes the answer', () => {
    expect(closestThinkTanks(registry, ['卡内基国际和平基金会'])).toEqual([])
    const grown = [...registry, tank(4, '卡内基国际和平基金会', 'Carnegie Endowment for International Peace')]
    expect(closestThinkTanks(grown, ['卡内基国际和平基金会']).map((found) => found.id)).toEqual([4])
  })

  it('finds nothing for no names', () => {
    expect(closestThinkTanks(registry, ['', ''])).toEqual([])
  })
})
