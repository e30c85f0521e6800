import { describe, expect, it } from 'vitest'

import { crossSiteWriteRefusal, type WriteRequest } from '../../src/security/cross-site'
import { areaOf, contentSecurityPolicy, securityHeaders } from '../../src/security/security-headers'

describe('contentSecurityPolicy', () => {
  it('gives the admin a nonce and no inline scripts, and lets it frame itself only', () => {
    const csp = contentSecurityPolicy('admin', { nonce: 'abc', https: false })
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).not.toContain('unsafe-eval')
  })
  it('lets cached reader pages run only same-origin and inline scripts, and never be framed', () => {
    const csp = contentSecurityPolicy('site', { https: true })
    expect(csp).toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).toContain('upgrade-insecure-requests')
  })
  it('lets nothing run from the API', () => expect(contentSecurityPolicy('api', { https: false })).toBe("default-src 'none'; frame-ancestors 'none'; sandbox"))
})

describe('securityHeaders', () => {
  const names = (https: boolean) => securityHeaders('site', { https }).map(([name]) => name)
  it('sends HSTS only over https', () => {
    expect(names(true)).toContain('Strict-Transport-Security')
    expect(names(false)).not.toContain('Strict-Transport-Security')
  })
  it('always sends nosniff, the referrer policy and a permissions policy', () => {
    const headers = Object.fromEntries(securityHeaders('admin', { https: false }))
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['Permissions-Policy']).toContain('camera=()')
  })
  it.each([['/api/users', 'api'], ['/admin', 'admin'], ['/admin/collections/issues', 'admin'], ['/issues/x', 'site'], ['/administrator', 'site']])(
    '%s is in the %s area',
    (path, area) => expect(areaOf(path)).toBe(area),
  )
})

describe('crossSiteWriteRefusal', () => {
  const own = ['https://zhiku.example']
  const base: WriteRequest = { method: 'PATCH', origin: null, referer: null, secFetchSite: null, cookieAuth: true }
  it('passes reads, same-origin writes and scripts without a browser origin', () => {
    expect(crossSiteWriteRefusal({ ...base, method: 'GET', origin: 'https://evil.example' }, own)).toBeNull()
    expect(crossSiteWriteRefusal({ ...base, origin: 'https://zhiku.example' }, own)).toBeNull()
    expect(crossSiteWriteRefusal({ ...base, referer: 'https://zhiku.example/admin' }, own)).toBeNull()
    expect(crossSiteWriteRefusal({ ...base, cookieAuth: false }, own)).toBeNull()
  })
  it.each([
    { origin: 'https://evil.example' },
    { origin: 'https://news.zhiku.example' },
    { origin: 'http://zhiku.example' },
    { origin: 'null' },
    { referer: 'https://evil.example/page' },
    { secFetchSite: 'same-site' },
    { secFetchSite: 'cross-site' },
  ])('refuses a cookie write with %j', (extra) => expect(crossSiteWriteRefusal({ ...base, ...extra }, own)).toMatch(/this site/))
})
