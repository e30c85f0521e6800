import { describe, expect, it } from 'vitest'

import { dataShapeProblem, nulCharacterPath, type FieldShape } from '../../src/security/input-shape'

const fields: FieldShape[] = [{ name: 'signoffs', type: 'array', fields: [{ name: 'stage', type: 'text' }] }]

describe('body shapes', () => {
  it("accepts the admin form's row count for an array without rows", () => {
    expect(dataShapeProblem({ signoffs: 0 }, fields, 'number')).toBeNull()
    expect(dataShapeProblem({ signoffs: [{ stage: 'review' }] }, fields, 'number')).toBeNull()
  })
  it('refuses anything else where a list belongs, naming the field', () => {
    expect(dataShapeProblem({ signoffs: 'x' }, fields, 'number')).toMatch(/^signoffs must be a list/)
    expect(dataShapeProblem({ signoffs: -1 }, fields, 'number')).toMatch(/^signoffs must be a list/)
    expect(dataShapeProblem({ signoffs: 1e21 }, fields, 'number')).toMatch(/^signoffs must be a list/)
    expect(dataShapeProblem({ signoffs: [3] }, fields, 'number')).toMatch(/^signoffs\[0\] must be an object/)
  })
})

describe('NUL characters', () => {
  it('names the first place a string holds U+0000', () => {
    expect(nulCharacterPath({ title: { equals: 'a\u0000b' } })).toBe('title.equals')
    expect(nulCharacterPath({ authors: [{ name: 'ok' }, { name: '\u0000' }] })).toBe('authors.1.name')
    expect(nulCharacterPath({ title: 'plain', n: 1 })).toBeNull()
  })
})
