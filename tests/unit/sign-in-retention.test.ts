import { describe, expect, it } from 'vitest'

import { DEFAULT_SIGN_IN_RETENTION_DAYS, retentionCutoff, signInRetentionDays } from '../../src/security/sign-in-retention'

describe('sign-in audit retention', () => {
  it('keeps 180 days unless ZHIKU_SIGN_IN_RETENTION_DAYS says otherwise', () => {
    expect(DEFAULT_SIGN_IN_RETENTION_DAYS).toBe(180)
    expect([undefined, '', ' 30 ', '1', '3650'].map(signInRetentionDays)).toEqual([180, 180, 30, 1, 3650])
  })
  it('refuses a value that is not a whole number of days, with a message naming the setting', () => {
    for (const bad of ['0', '-5', '1.5', 'forever', '36501']) expect(() => signInRetentionDays(bad)).toThrow(/ZHIKU_SIGN_IN_RETENTION_DAYS must be/)
  })
  it('cuts off exactly that many days before now', () => {
    expect(retentionCutoff(new Date('2026-07-01T12:00:00Z'), 180).toISOString()).toBe('2026-01-02T12:00:00.000Z')
  })
})
