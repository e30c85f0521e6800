import { describe, expect, it } from 'vitest'

import { adminLanguage } from '../../src/i18n/admin-language'
import { crossSiteMessage, crossSiteWriteRefusal, writeOrigins, type WriteRequest } from '../../src/security/cross-site'
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
  ])('refuses a cookie write with %j', (extra) => expect(crossSiteWriteRefusal({ ...base, ...extra }, own)).not.toBeNull())
  it('names the sending origin, in the admin’s language', () => {
    const refusal = crossSiteWriteRefusal({ ...base, origin: 'https://evil.example' }, own)
    expect(refusal).toEqual({ kind: 'other-origin', sender: 'https://evil.example' })
    if (!refusal) throw new Error('refused')
    expect(crossSiteMessage(refusal, 'zh')).toBe('修改数据的请求必须来自本站，不能来自 https://evil.example。请在本站自己的地址打开后台。')
    expect(crossSiteMessage(refusal, 'en')).toMatch(/^Requests that change data must come from this site, not https:\/\/evil\.example\./)
    expect(crossSiteMessage({ kind: 'cross-site' }, 'zh')).not.toMatch(/[A-Za-z]/)
    expect(crossSiteMessage({ kind: 'no-origin' }, 'zh')).not.toMatch(/[A-Za-z]/)
  })
})

describe('writeOrigins', () => {
  const self = 'http://localhost:3000'
  it('takes the address the request was sent to when no public URL is configured', () => {
    const allowed = writeOrigins({ serverUrl: '', selfOrigin: self, host: '127.0.0.1:3000' })
    expect(allowed).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'https://127.0.0.1:3000'])
    expect(crossSiteWriteRefusal({ method: 'POST', origin: 'http://127.0.0.1:3000', referer: null, secFetchSite: 'same-origin', cookieAuth: false }, allowed)).toBeNull()
    expect(writeOrigins({ serverUrl: undefined, selfOrigin: self, host: '[::1]:3000' })).toContain('http://[::1]:3000')
    expect(writeOrigins({ serverUrl: undefined, selfOrigin: self, host: '192.168.1.20:80' })).toContain('http://192.168.1.20')
  })
  it('takes no host name from the Host header: a rebound name (DNS rebinding) needs SERVER_URL', () => {
    expect(writeOrigins({ serverUrl: undefined, selfOrigin: self, host: 'Desk.Example:80' })).toEqual([self])
    expect(writeOrigins({ serverUrl: undefined, selfOrigin: self, host: 'rebind.evil:3000' })).toEqual([self])
  })
  it('still refuses another origin, whatever the address', () => {
    const allowed = writeOrigins({ serverUrl: '', selfOrigin: self, host: '127.0.0.1:3000' })
    for (const origin of ['http://127.0.0.1:3001', 'https://evil.example', 'http://localhost.evil.example:3000']) {
      expect(crossSiteWriteRefusal({ method: 'POST', origin, referer: null, secFetchSite: 'cross-site', cookieAuth: true }, allowed)).not.toBeNull()
    }
  })
  it('ignores a Host header that is not a host', () => {
    expect(writeOrigins({ serverUrl: '', selfOrigin: self, host: 'evil.example/x@y' })).toEqual([self])
    expect(writeOrigins({ serverUrl: '', selfOrigin: self, host: null })).toEqual([self])
  })
  it('with a public URL configured, takes only it (and the server’s own name), not the Host', () => {
    expect(writeOrigins({ serverUrl: 'https://zhiku.example/', selfOrigin: self, host: '127.0.0.1:3000' })).toEqual(['https://zhiku.example', self])
  })
})

describe('adminLanguage', () => {
  it('prefers the admin’s language cookie, then Accept-Language by quality, then Chinese', () => {
    expect(adminLanguage('en', 'zh-CN')).toBe('en')
    expect(adminLanguage('zh', 'en-US')).toBe('zh')
    expect(adminLanguage(undefined, 'en-US,en;q=0.9')).toBe('en')
    expect(adminLanguage(undefined, 'fr;q=1, zh-CN;q=0.5, en;q=0.8')).toBe('en')
    expect(adminLanguage('de', 'de-DE')).toBe('zh')
    expect(adminLanguage(null, null)).toBe('zh')
  })
})
