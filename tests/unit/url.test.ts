import { describe, expect, it } from 'vitest'

import { isDomain, isHttpUrl, urlDomain } from '../../src/validation/url'

describe('isHttpUrl', () => {
  it.each([
    'https://www.csis.org/analysis/understanding-us-allies-legal-authorities-export-controls-ai-and-semiconductors',
    'http://carnegieendowment.org/research/2025/02/x?y=1#z',
  ])('accepts %s', (url) => expect(isHttpUrl(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '/relative/path',
    'www.csis.org/analysis',
    ' https://padded.example.org',
    'https://',
    '',
  ])('refuses %j', (url) => expect(isHttpUrl(url)).toBe(false))

  it('refuses values that are not strings', () => {
    expect(isHttpUrl(undefined)).toBe(false)
    expect(isHttpUrl(42)).toBe(false)
  })
})

describe('urlDomain', () => {
  it('gives the host without www., lower-cased', () => {
    expect(urlDomain('https://WWW.CSIS.org/analysis/x')).toBe('csis.org')
    expect(urlDomain('https://carnegieendowment.org/research')).toBe('carnegieendowment.org')
  })

  it('gives nothing for a URL that is not http(s)', () => {
    expect(urlDomain('javascript:alert(1)')).toBeUndefined()
  })
})

describe('isDomain', () => {
  it('accepts bare host names', () => {
    expect(isDomain('csis.org')).toBe(true)
    expect(isDomain('rand.org')).toBe(true)
    expect(isDomain('iiss.org.uk')).toBe(true)
  })

  it('refuses schemes, paths and upper case', () => {
    expect(isDomain('https://csis.org')).toBe(false)
    expect(isDomain('csis.org/analysis')).toBe(false)
    expect(isDomain('CSIS.org')).toBe(false)
    expect(isDomain('localhost')).toBe(false)
  })
})
