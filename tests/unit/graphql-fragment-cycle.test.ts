import { describe, expect, it } from 'vitest'

import { fragmentCycleIn } from '../../src/security/graphql-fragment-cycle'

describe('fragmentCycleIn', () => {
  it('finds fragments that spread each other', () => {
    expect(fragmentCycleIn('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe('A')
    expect(fragmentCycleIn('query { ...A } fragment A on Query { x { ...A } }')).toBe('A')
  })
  it('passes fragments without a cycle, and leaves unparseable queries to the handler', () => {
    expect(fragmentCycleIn('query { ...A ...B } fragment A on Query { ...B } fragment B on Query { id }')).toBeNull()
    expect(fragmentCycleIn('{')).toBeNull()
    expect(fragmentCycleIn(42)).toBeNull()
  })
})
