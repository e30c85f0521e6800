import { describe, expect, it } from 'vitest'

import { hasValidPercentEncoding, refererPathOn, sameSitePath } from '../../src/security/same-site-path'

describe('sameSitePath', () => {
  it.each([
    ['/', '/'],
    ['/issues/2025-01', '/issues/2025-01'],
    ['/issues/x?lang=en#top', '/issues/x?lang=en#top'],
    ['/issues/../articles/a', '/articles/a'],
    ['/%E6%99%BA%E5%BA%93', '/%E6%99%BA%E5%BA%93'],
  ])('keeps the same-site path %j', (raw, expected) => expect(sameSitePath(raw)).toBe(expected))

  it.each([
    '/\\evil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%255Cevil.example',
    '/\tevil.example',
    '/\t/evil.example',
    '/\\/evil.example',
    '//evil.example',
    '/%2F/evil.example',
    '/%2F%2Fevil.example',
    '///evil.example',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
    '/%E0%A4%A',
    '/%FF',
    '/\u0000',
    '/\n/evil.example',
    '/\u202E/x',
    '/../..//evil.example',
  ])('refuses %j', (raw) => expect(sameSitePath(raw)).toBeNull())

  it('refuses values that are not strings', () => {
    expect(sameSitePath(undefined)).toBeNull()
    expect(sameSitePath(['/a'])).toBeNull()
  })
})

describe('refererPathOn', () => {
  const origin = 'https://zhiku.example'
  it('returns the path of a same-origin referer', () =>
    expect(refererPathOn('https://zhiku.example/issues/a?x=1', origin)).toBe('/issues/a?x=1'))
  it.each(['//evil.example', 'not a url', 'https://evil.example/issues', 'https://zhiku.example.evil.example/', ''])(
    'refuses the referer %j',
    (referer) => expect(refererPathOn(referer, origin)).toBeNull(),
  )
  it('refuses a missing referer', () => expect(refererPathOn(null, origin)).toBeNull())
})

describe('hasValidPercentEncoding', () => {
  it.each(['/issues/%E2%80%AE%E0%A0', '/articles/%FF%FE', '/topics/%E0%A4%A', '/%'])('refuses %j', (path) =>
    expect(hasValidPercentEncoding(path)).toBe(false),
  )
  it.each(['/topics/%E6%99%BA', '/issues/2025-01', '/a%20b'])('accepts %j', (path) => expect(hasValidPercentEncoding(path)).toBe(true))
})
