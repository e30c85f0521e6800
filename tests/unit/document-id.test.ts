import { describe, expect, it } from 'vitest'

import { parseDocumentId, relationshipPathIn, whereProblem } from '../../src/security/document-id'

describe('parseDocumentId', () => {
  it.each([['12', 12], [12, 12], ['9007199254740991', 9007199254740991]])('reads %j as a number id', (raw, id) =>
    expect(parseDocumentId(raw, 'number')).toEqual({ ok: true, id }),
  )
  it.each(['abc', '%00', '\u0000', '1e999', 'NaN', '-1', '0', '1.5', '01', ' 1', '99999999999999999', '', 'Infinity'])(
    'refuses %j on a database with number ids, saying why',
    (raw) => {
      const parsed = parseDocumentId(raw, 'number')
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.reason).toMatch(/id/)
    },
  )
  it('refuses a missing id', () => expect(parseDocumentId(undefined, 'number').ok).toBe(false))
  it('accepts an ObjectId and refuses anything else on a text-id database', () => {
    expect(parseDocumentId('65f0c0ffee0000000000abcd', 'text')).toEqual({ ok: true, id: '65f0c0ffee0000000000abcd' })
    expect(parseDocumentId('abc', 'text').ok).toBe(false)
    expect(parseDocumentId({ $gt: '' }, 'text').ok).toBe(false)
  })
})

describe('whereProblem', () => {
  it('passes ordinary queries', () => {
    expect(whereProblem({ slug: { equals: 'x' }, id: { in: '1,2' } }, 'number')).toBeNull()
    expect(whereProblem({ or: [{ id: { equals: 3 } }, { title: { like: 'a' } }] }, 'number')).toBeNull()
    expect(whereProblem(undefined, 'number')).toBeNull()
    expect(whereProblem({ document: { equals: { relationTo: 'issues', value: 1 } }, slug: { in: ['a', 'b'] } }, 'number')).toBeNull()
  })
  it.each([
    [{ id: { near: '1,2' } }, /near/],
    [{ title: { within: {} } }, /within/],
    [{ or: [{ id: { in: 'a,b' } }] }, /"a" is not a document id/],
    [{ id: { equals: '1e999' } }, /1e999/],
    [{ and: { id: { equals: 1 } } }, /list/],
    ['id=1', /object/],
    [{ slug: { in: [[['x']]] } }, /slug\[in\] must be text/],
    [{ slug: { equals: { a: { b: 1 } } } }, /slug\[equals\]/],
  ])('finds the problem in %j', (where, message) => expect(whereProblem(where, 'number')).toMatch(message))
})

describe('relationshipPathIn', () => {
  it('finds a path through a relationship, however deep in and/or', () => {
    expect(relationshipPathIn({ or: [{ slug: { equals: 'a' } }, { and: [{ 'articles.sources.title': { like: 'x' } }] }] })).toBe(
      'articles.sources.title',
    )
  })
  it('finds none in a query on own fields', () => expect(relationshipPathIn({ slug: { equals: 'a' } })).toBeNull())
})
