import { describe, expect, it } from 'vitest'

import { deliveryClaim } from '../../src/distribution/delivery-status'
import { parseEmail } from '../../src/distribution/email-address'
import { parseProviderEvents } from '../../src/distribution/provider-events'
import { subscribeLimitReached } from '../../src/distribution/rate-limit'
import { classifySmtpFailure } from '../../src/distribution/smtp-failure'
import { parseSubscriberCsv, subscriberCsv } from '../../src/distribution/subscriber-csv'
import { hashClientAddress, signJoinToken, signSubscriberToken, verifyJoinToken, verifySubscriberToken } from '../../src/distribution/subscriber-token'

const SECRET = 'unit-test-secret'
const NOW = new Date('2026-01-01T00:00:00Z')
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000)

describe('subscriber tokens', () => {
  it('verifies its own token for its purpose until it expires', () => {
    const confirm = signSubscriberToken(SECRET, 'confirm', 42, NOW)
    expect(verifySubscriberToken(SECRET, 'confirm', confirm, days(6))).toEqual({ ok: true, subscriberId: '42' })
    expect(verifySubscriberToken(SECRET, 'confirm', confirm, days(8))).toEqual({ ok: false, reason: 'expired' })
    const manage = signSubscriberToken(SECRET, 'manage', 42, NOW)
    expect(verifySubscriberToken(SECRET, 'manage', manage, days(700))).toMatchObject({ ok: true })
  })

  it('refuses a token for another purpose, another secret, another subscriber or a changed expiry', () => {
    const confirm = signSubscriberToken(SECRET, 'confirm', 42, NOW)
    expect(verifySubscriberToken(SECRET, 'manage', confirm, NOW)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifySubscriberToken('other-secret', 'confirm', confirm, NOW)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifySubscriberToken(SECRET, 'confirm', confirm.replace('.42.', '.43.'), NOW)).toEqual({ ok: false, reason: 'invalid' })
    const [purpose, id, expires, mac] = confirm.split('.')
    expect(verifySubscriberToken(SECRET, 'confirm', [purpose, id, String(Number(expires) + 999999), mac].join('.'), NOW)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifySubscriberToken(SECRET, 'confirm', 'garbage', NOW)).toEqual({ ok: false, reason: 'malformed' })
    expect(verifySubscriberToken(SECRET, 'confirm', null, NOW)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('hashes client addresses with the secret as salt, never keeping them', () => {
    const hash = hashClientAddress(SECRET, '203.0.113.7')
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toBe(hashClientAddress('other-secret', '203.0.113.7'))
    expect(hash).not.toContain('203')
  })
})

describe('addresses, limits, failures and claims', () => {
  it('normalises addresses and refuses what cannot be delivered', () => {
    expect(parseEmail('  Reader@Example.ORG ')).toBe('reader@example.org')
    for (const bad of ['', 'no-at', 'a@b', 'a@@b.org', 'a b@c.org', 42, `${'x'.repeat(250)}@a.org`]) expect(parseEmail(bad)).toBeNull()
  })

  it('limits per client before per address', () => {
    expect(subscribeLimitReached({ address: 2, client: 9 })).toBeNull()
    expect(subscribeLimitReached({ address: 3, client: 0 })).toBe('address')
    expect(subscribeLimitReached({ address: 0, client: 10 })).toBe('client')
  })

  it('treats 4xx replies and dropped connections as temporary, 5xx as permanent', () => {
    expect(classifySmtpFailure({ responseCode: 451, message: 'try later' }).kind).toBe('temporary')
    expect(classifySmtpFailure({ responseCode: 550, message: 'no such user' }).kind).toBe('permanent')
    expect(classifySmtpFailure({ code: 'ECONNREFUSED', message: 'refused' }).kind).toBe('temporary')
  })

  it('claims one ledger row per release and subscriber, and one per correction notice', () => {
    expect(deliveryClaim('issue', 7, 9)).toBe('7:9')
    expect(deliveryClaim('correction', 7, 9)).toBe('correction:7:9')
  })

  it('accepts provider events only as a whole valid array', () => {
    expect(parseProviderEvents([{ type: 'bounce', email: 'A@x.org' }, { type: 'complaint', email: 'b@x.org' }])).toEqual({
      ok: true,
      events: [
        { type: 'bounce', email: 'a@x.org' },
        { type: 'complaint', email: 'b@x.org' },
      ],
    })
    expect(parseProviderEvents({ type: 'bounce' })).toMatchObject({ ok: false })
    expect(parseProviderEvents([{ type: 'bounce', email: 'a@x.org' }, { type: 'open', email: 'b@x.org' }])).toMatchObject({ ok: false })
  })
})

describe('subscriber CSV', () => {
  it('validates rows, takes a repeated address once and reports problems by line', () => {
    const parsed = parseSubscriberCsv('\uFEFFEmail,Language,Newsletters\na@x.org,en,watch;daily\nnot-an-address,zh,\nA@X.org,zh,\nb@x.org,fr,\nc@x.org,,\n')
    expect(parsed.rows).toEqual([
      { line: 2, email: 'a@x.org', language: 'en', newsletters: ['watch', 'daily'], status: 'pending', consent: '' },
      { line: 6, email: 'c@x.org', language: 'zh', newsletters: [], status: 'pending', consent: '' },
    ])
    expect(parsed.duplicatesInFile).toBe(1)
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 5])
  })

  it('confirms a row only with its consent stated, and refuses a confirmed row without one', () => {
    const parsed = parseSubscriberCsv('email,status,consent\na@x.org,,signed up at the 2025 forum\nb@x.org,confirmed,\nc@x.org,unsubscribed,\n')
    expect(parsed.rows.map((row) => [row.email, row.status, row.consent])).toEqual([
      ['a@x.org', 'confirmed', 'signed up at the 2025 forum'],
      ['c@x.org', 'unsubscribed', ''],
    ])
    expect(parsed.problems).toEqual([{ line: 3, value: 'b@x.org', reason: expect.stringContaining('consent') }])
  })

  it('refuses a file without an email column', () => {
    expect(parseSubscriberCsv('name\nalice\n').problems[0]?.reason).toContain('email')
  })

  it('exports cells a spreadsheet would run as formulas as text', () => {
    const csv = subscriberCsv([{ email: '=cmd@x.org', status: 'confirmed', language: 'zh', newsletters: ['a', 'b'], source: '@import', consentedAt: '', consentForm: '' }])
    expect(csv.split('\n')[1]).toBe("'=cmd@x.org,confirmed,zh,a;b,'@import,,")
  })
})

describe('join tokens (a known address asking for more newsletters)', () => {
  const SECRET_J = 'join-secret'
  const AT = new Date('2026-01-01T00:00:00Z')
  it('carry the request signed, and refuse any change to it, another secret or age', () => {
    const token = signJoinToken(SECRET_J, { subscriberId: '7', newsletters: ['3', '4'], language: 'en' }, AT)
    expect(verifyJoinToken(SECRET_J, token, AT)).toEqual({ ok: true, request: { subscriberId: '7', newsletters: ['3', '4'], language: 'en' } })
    expect(verifyJoinToken(SECRET_J, token.replace('.3-4.', '.3-4-5.'), AT)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyJoinToken(SECRET_J, token.replace('join.7.', 'join.8.'), AT)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyJoinToken('other', token, AT)).toEqual({ ok: false, reason: 'invalid' })
    expect(verifyJoinToken(SECRET_J, token, new Date('2026-01-09T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' })
    expect(verifyJoinToken(SECRET_J, signJoinToken(SECRET_J, { subscriberId: '7', newsletters: [], language: 'zh' }, AT), AT)).toMatchObject({ ok: true, request: { newsletters: [] } })
    expect(verifyJoinToken(SECRET_J, 'join.7.1;DROP.zh.1.x', AT)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('say "all" for a request that named no newsletter: short however many there are, and not forgeable from a list', () => {
    const all = signJoinToken(SECRET_J, { subscriberId: '7', newsletters: 'all', language: 'zh' }, AT)
    expect(all.length).toBeLessThan(100)
    expect(verifyJoinToken(SECRET_J, all, AT)).toEqual({ ok: true, request: { subscriberId: '7', newsletters: 'all', language: 'zh' } })
    const listed = signJoinToken(SECRET_J, { subscriberId: '7', newsletters: ['3'], language: 'zh' }, AT)
    expect(verifyJoinToken(SECRET_J, listed.replace('.3.', '.all.'), AT)).toEqual({ ok: false, reason: 'invalid' })
    // Listing 400 newsletters instead would not even fit a link.
    const many = signJoinToken(SECRET_J, { subscriberId: '7', newsletters: Array.from({ length: 400 }, (_, index) => String(index + 1)), language: 'zh' }, AT)
    expect(verifyJoinToken(SECRET_J, many, AT)).toEqual({ ok: false, reason: 'malformed' })
  })
})
