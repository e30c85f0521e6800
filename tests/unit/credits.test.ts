import { describe, expect, it } from 'vitest'

import { buildCredits, formatCreditLine } from '../../src/content/credits'

describe('buildCredits', () => {
  it('builds the credits block of the seed issue from its sign-offs', () => {
    const lines = buildCredits([
      { stage: 'final', name: '梁正' },
      { stage: 'review', name: '赵杨博' },
      { stage: 'layout', name: '李森', affiliation: '北京工商大学' },
      { stage: 'final', name: '鲁俊群' },
    ]).map(formatCreditLine)
    expect(lines).toEqual(['审核：赵杨博', '排版：李森（北京工商大学）', '终审：梁正、鲁俊群'])
  })

  it('leaves out voided sign-offs and stages nobody signed', () => {
    const lines = buildCredits([
      { stage: 'review', name: '甲', voided: true },
      { stage: 'review', name: '乙' },
    ]).map(formatCreditLine)
    expect(lines).toEqual(['审核：乙'])
  })

  it('names a person once per stage even if they signed twice', () => {
    const lines = buildCredits([
      { stage: 'final', name: '梁正' },
      { stage: 'final', name: '梁正' },
    ]).map(formatCreditLine)
    expect(lines).toEqual(['终审：梁正'])
  })

  it('ignores stages that are not sign-off stages', () => {
    expect(buildCredits([{ stage: 'draft', name: '某人' }])).toEqual([])
  })
})
