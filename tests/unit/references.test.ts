import { describe, expect, it } from 'vitest'

import { deriveReferences, referenceNumbersFor } from '../../src/content/references'

const source = (id: number) => ({ id, url: `https://example.org/${id}` })

describe('deriveReferences', () => {
  it('numbers the sources in the order the articles cite them', () => {
    const references = deriveReferences([{ sources: [source(7)] }, { sources: [source(3), source(9)] }])
    expect(references.map(({ id, number }) => [id, number])).toEqual([
      [7, 1],
      [3, 2],
      [9, 3],
    ])
  })

  it('lists a source cited by two articles once, at its first citation', () => {
    const references = deriveReferences([{ sources: [source(1), source(2)] }, { sources: [source(2), source(3)] }])
    expect(references.map((reference) => reference.id)).toEqual([1, 2, 3])
  })

  it('skips articles without sources and sources that were not loaded', () => {
    const references = deriveReferences([{ sources: null }, { sources: [5, null, source(4)] }, {}])
    expect(references).toEqual([{ ...source(4), number: 1 }])
  })
})

describe('referenceNumbersFor', () => {
  it("gives an article's reference numbers from the issue list", () => {
    const articles = [{ sources: [source(1)] }, { sources: [source(2), source(1)] }]
    const references = deriveReferences(articles)
    expect(referenceNumbersFor(articles[1]!, references)).toEqual([2, 1])
  })
})
