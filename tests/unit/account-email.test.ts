import { describe, expect, it } from 'vitest'

import { emailChangeOf } from '../../src/security/account-email'

describe('emailChangeOf', () => {
  it('sees no change when the address is absent or the same but for case and spaces', () => {
    expect(emailChangeOf('a@example.org', undefined)).toBeNull()
    expect(emailChangeOf('a@example.org', ' A@Example.org ')).toBeNull()
  })

  it('names the old and new address of a real change, and flags a value that is not text', () => {
    expect(emailChangeOf('a@example.org', 'B@example.org')).toEqual({ from: 'a@example.org', to: 'b@example.org' })
    expect(emailChangeOf('a@example.org', 42)).toEqual({ from: 'a@example.org', to: '42' })
  })
})
