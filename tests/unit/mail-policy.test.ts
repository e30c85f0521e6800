import { describe, expect, it } from 'vitest'

import { uncertainBefore } from '../../src/distribution/delivery-status'
import { releaseMail, releaseOriginOf } from '../../src/distribution/mail-policy'

describe('which releases are mailed', () => {
  it('mails a new issue published through the chain as the issue', () => {
    expect(releaseMail({ origin: 'chain', isCorrection: false, correctionNoticeChosen: false })).toBe('issue')
  })

  it('does not mail a correction again, unless an editor chooses a correction notice', () => {
    expect(releaseMail({ origin: 'chain', isCorrection: true, correctionNoticeChosen: false })).toBeNull()
    expect(releaseMail({ origin: 'chain', isCorrection: true, correctionNoticeChosen: true })).toBe('correction')
    // A notice about a release that corrects nothing is not a thing.
    expect(releaseMail({ origin: 'chain', isCorrection: false, correctionNoticeChosen: true })).toBeNull()
  })

  it('never mails archive imports, the demo issue or backfilled releases, corrected or not', () => {
    for (const origin of ['archive', 'demo', 'backfill'] as const) {
      for (const isCorrection of [false, true]) {
        for (const correctionNoticeChosen of [false, true]) expect(releaseMail({ origin, isCorrection, correctionNoticeChosen })).toBeNull()
      }
    }
  })

  it('takes a release write that names no origin as the chain’s, and refuses an unknown one', () => {
    expect(releaseOriginOf(undefined)).toBe('chain')
    expect(releaseOriginOf('archive')).toBe('archive')
    expect(() => releaseOriginOf('archiv')).toThrow(/Unknown release origin/)
    expect(() => releaseOriginOf(true)).toThrow(/Unknown release origin/)
  })
})

describe('a message cut off in its hand-over to SMTP', () => {
  const now = new Date('2026-11-29T12:00:00.000Z')

  it('is uncertain once its hand-over started longer ago than the staleness setting', () => {
    expect(uncertainBefore(now, 900).toISOString()).toBe('2026-11-29T11:45:00.000Z')
    expect(uncertainBefore(now, 0)).toEqual(now)
  })
})
