import { describe, expect, it } from 'vitest'

import { passwordMatches } from '../../src/security/password-hash'
import { ACCOUNT_POLICY, ADDRESS_POLICY, delayAfter, waitBeforeNextAttempt } from '../../src/security/sign-in-throttle'

describe('sign-in delays', () => {
  it('lets the first failures through, then doubles the delay up to its cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => delayAfter(n, ACCOUNT_POLICY))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000])
    expect(delayAfter(50, ACCOUNT_POLICY)).toBe(30_000)
    expect(delayAfter(500, ADDRESS_POLICY)).toBe(15 * 60_000)
  })
  it('counts the wait from the last failure', () => {
    const lastFailureAt = new Date('2026-01-01T00:00:00Z')
    const at = (ms: number) => new Date(lastFailureAt.getTime() + ms)
    expect(waitBeforeNextAttempt({ failures: 5, lastFailureAt, now: at(500), policy: ACCOUNT_POLICY })).toBe(1500)
    expect(waitBeforeNextAttempt({ failures: 5, lastFailureAt, now: at(2500), policy: ACCOUNT_POLICY })).toBe(0)
    expect(waitBeforeNextAttempt({ failures: 0, lastFailureAt: null, now: at(0), policy: ACCOUNT_POLICY })).toBe(0)
  })
})

describe('passwordMatches', () => {
  it('checks a Payload legacy hash and refuses a wrong password', async () => {
    const { pbkdf2Sync } = await import('node:crypto')
    const salt = 'abcd'
    const hash = pbkdf2Sync('right', salt, 25_000, 512, 'sha256').toString('hex')
    expect(await passwordMatches('right', { hash, salt })).toBe(true)
    expect(await passwordMatches('wrong', { hash, salt })).toBe(false)
    expect(await passwordMatches('right', {})).toBe(false)
  })
})
