import { expect, test } from '@playwright/test'
import { DOMParser } from '@xmldom/xmldom'

import { draftIssue, lexicalBody, publishThroughChain } from '../e2e/api'
import { jwt, newUser, tokenFor } from './helpers'

const HOSTILE = ']]><script>alert(1)</script><x:evil xmlns:x="urn:x">\u0001</x:evil>&amp;'

function strictXml(xml: string) {
  const problems: string[] = []
  const report = (message: string) => void problems.push(message)
  const document = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, 'text/xml')
  return { problems, elements: Array.from(document.getElementsByTagName('*')).map((node) => node.nodeName) }
}

test('feeds carry a hostile headline as text: no CDATA escape, no script element, valid XML', async ({ request }) => {
  const stamp = `feed${Date.now()}`
  const { issue, thinkTank } = await draftIssue(request, { stamp, title: `标题 ${HOSTILE}`, headline: `${HOSTILE} ${stamp}`, body: lexicalBody('正文') })
  await publishThroughChain(request, issue.id)
  for (const path of ['/feed.xml', '/atom.xml', `/think-tanks/${thinkTank.slug}/feed.xml`]) {
    const xml = await (await request.get(path)).text()
    expect(xml, path).toContain(stamp)
    const { problems, elements } = strictXml(xml)
    expect(problems, path).toEqual([])
    expect(elements, path).not.toContain('script')
    expect(elements, path).not.toContain('x:evil')
  }
  const json = (await (await request.get('/feed.json')).json()) as { items: { title: string; content_html: string }[] }
  const item = json.items.find((entry) => entry.content_html.includes(stamp))
  expect(item?.content_html).not.toMatch(/[<>]/)
})

test.describe('redirects go only to paths on this site', () => {
  for (const path of ['/\\evil.example', '/%5Cevil.example', '/%5C%5Cevil.example', '/\tevil.example', '/\\/evil.example', '//evil.example', 'https://evil.example', '/%2F%2Fevil.example']) {
    test(`/preview?path=${JSON.stringify(path)} is refused with 400`, async ({ request }) => {
      const token = await tokenFor(request, 'editor@example.com')
      const response = await request.get(`/preview?path=${encodeURIComponent(path)}`, { headers: jwt(token), maxRedirects: 0 })
      expect(response.status()).toBe(400)
    })
  }

  test('/preview keeps a same-site path, and /preview/exit refuses a foreign one', async ({ request }) => {
    const token = await tokenFor(request, 'editor@example.com')
    const ok = await request.get('/preview?path=%2Fissues', { headers: jwt(token), maxRedirects: 0 })
    expect(ok.status()).toBe(307)
    expect(new URL(ok.headers().location!).pathname).toBe('/issues')
    expect((await request.get('/preview/exit?path=%2F%2Fevil.example', { maxRedirects: 0 })).status()).toBe(400)
  })

  for (const referer of ['//evil.example', 'not a url', 'https://evil.example/issues']) {
    test(`/lang?to=en with Referer ${JSON.stringify(referer)} returns home, not elsewhere, and never 500`, async ({ request }) => {
      const response = await request.get('/lang?to=en', { headers: { Referer: referer }, maxRedirects: 0 })
      expect(response.status()).toBe(303)
      const location = new URL(response.headers().location!, 'http://placeholder.invalid')
      expect(location.pathname).toBe('/')
      expect(['placeholder.invalid', new URL(response.url()).hostname]).toContain(location.hostname)
    })
  }

  test('the admin login refuses a foreign redirect', async ({ request }) => {
    expect((await request.get('/admin/login?redirect=%2F%5Cevil.example', { maxRedirects: 0 })).status()).toBe(400)
  })
})

test.describe('sign-in abuse', () => {
  test('a wrong password and an unknown address get the same answer; repeated failures slow down, never lock', async ({ request }) => {
    const user = await newUser(request, ['reviewer'])
    const wrong = await request.post('/api/users/login', { data: { email: user.email, password: 'wrong-password' } })
    const unknown = await request.post('/api/users/login', { data: { email: `nobody-${Date.now()}@example.test`, password: 'wrong-password' } })
    expect([wrong.status(), unknown.status()]).toEqual([401, 401])
    expect(await unknown.json()).toEqual(await wrong.json())
    for (let i = 0; i < 3; i += 1) await request.post('/api/users/login', { data: { email: user.email, password: 'wrong-password' } })
    const throttled = await request.post('/api/users/login', { data: { email: user.email, password: user.password } })
    expect(throttled.status()).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect((await request.post('/api/users/login', { data: { email: user.email, password: user.password } })).status()).toBe(200)
  })

  test('a spoofed X-Forwarded-For (or X-Zhiku-Client-Address) does not escape the per-address throttle: no proxy is trusted', async ({ request }) => {
    const user = await newUser(request, ['reviewer'])
    // A success from this address first: failures before it no longer count.
    expect((await request.post('/api/users/login', { data: { email: user.email, password: user.password } })).status()).toBe(200)
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const claimed = `198.51.100.${attempt}`
      const headers = { 'X-Forwarded-For': claimed, 'X-Real-IP': claimed, 'X-Zhiku-Client-Address': claimed }
      const answer = await request.post('/api/users/login', { headers, data: { email: `nobody-${Date.now()}-${attempt}@example.test`, password: 'wrong-password' } })
      statuses.push(answer.status())
    }
    // Ten free failures per address, the eleventh starts the delay: the twelfth waits, whatever it claimed.
    expect(statuses).toEqual([...Array<number>(11).fill(401), 429])
    // The address is throttled, so even a right password waits.
    expect((await request.post('/api/users/login', { data: { email: user.email, password: user.password } })).status()).toBe(429)
    // The delay is short and the address is never locked: once it has passed, a right password resets the count.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect((await request.post('/api/users/login', { data: { email: user.email, password: user.password } })).status()).toBe(200)
  })

  test('staff who are not admins cannot unlock accounts (REST or GraphQL); admins read the sign-in trail', async ({ request }) => {
    const editor = await tokenFor(request, 'editor@example.com')
    expect((await request.post('/api/users/unlock', { headers: jwt(editor), data: { email: 'reviewer@example.com' } })).status()).toBe(403)
    const graphql = await request.post('/api/graphql', { headers: jwt(editor), data: { query: 'mutation { unlockUser(email: "reviewer@example.com") }' } })
    expect(graphql.status()).toBe(400)
    expect((await request.get('/api/sign-in-events', { headers: jwt(editor) })).status()).toBe(403)
    const admin = await tokenFor(request, 'admin@example.com')
    const trail = (await (await request.get('/api/sign-in-events?where[email][equals]=editor%40example.com', { headers: jwt(admin) })).json()) as { totalDocs: number }
    expect(trail.totalDocs).toBeGreaterThan(0)
  })
})

test('an editor cannot hold a document lock in the admin’s name', async ({ request }) => {
  const editor = await tokenFor(request, 'editor@example.com')
  const admins = (await (await request.get('/api/users?where[email][equals]=admin%40example.com', { headers: jwt(editor) })).json()) as { docs: { id: number }[] }
  const response = await request.post('/api/payload-locked-documents', {
    headers: jwt(editor),
    data: { globalSlug: `sec-${Date.now()}`, user: { relationTo: 'users', value: admins.docs[0]!.id } },
  })
  expect(response.status()).toBe(403)
})

test.describe('security headers', () => {
  for (const [path, frameAncestors] of [
    ['/', "frame-ancestors 'none'"],
    ['/issues', "frame-ancestors 'none'"],
    ['/admin/login', "frame-ancestors 'self'"],
    ['/api/issues', "frame-ancestors 'none'"],
  ] as const) {
    test(`${path} sends CSP, nosniff, a referrer policy and a permissions policy`, async ({ request }) => {
      const headers = (await request.get(path)).headers()
      expect(headers['content-security-policy']).toContain(frameAncestors)
      expect(headers['content-security-policy']).toMatch(/object-src 'none'|default-src 'none'/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
    })
  }

  test('the admin’s scripts need this response’s nonce', async ({ request }) => {
    const [first, second] = [await request.get('/admin/login'), await request.get('/admin/login')]
    const nonce = (response: typeof first) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1]
    expect(nonce(first)).toBeTruthy()
    expect(nonce(first)).not.toBe(nonce(second))
    expect(await first.text()).toContain(`nonce="${nonce(first)}"`)
  })
})

test.describe('cross-site writes', () => {
  test('a cookie-authenticated PATCH from another origin is refused and changes nothing', async ({ request }) => {
    const user = await newUser(request, ['editor'])
    expect((await request.post('/api/users/login', { data: { email: user.email, password: user.password } })).status()).toBe(200)
    for (const origin of ['https://evil.example', 'http://news.localhost.example']) {
      const response = await request.patch(`/api/users/${user.id}`, { headers: { Origin: origin }, data: { name: 'pwned' } })
      expect(response.status(), origin).toBe(403)
    }
    const admin = await tokenFor(request, 'admin@example.com')
    const after = (await (await request.get(`/api/users/${user.id}`, { headers: jwt(admin) })).json()) as { name: string }
    expect(after.name).not.toBe('pwned')
  })

  test('the workflow endpoint takes JSON only', async ({ request }) => {
    const token = await tokenFor(request, 'editor@example.com')
    for (const [type, body] of [
      ['text/plain', '{"action":"submit"}'],
      ['application/x-www-form-urlencoded', 'action=submit'],
    ] as const) {
      const response = await request.post('/api/issues/1/workflow', { headers: { ...jwt(token), 'Content-Type': type }, data: body })
      expect(response.status(), type).toBe(415)
    }
  })
})

test.describe('passwords', () => {
  test('changing one’s own needs the current password, and ends the other sessions', async ({ request }) => {
    const user = await newUser(request, ['editor'])
    const [first, second] = [await tokenFor(request, user.email, user.password), await tokenFor(request, user.email, user.password)]
    expect((await request.patch(`/api/users/${user.id}`, { headers: jwt(first), data: { password: 'next-password-1' } })).status()).toBe(400)
    expect((await request.patch(`/api/users/${user.id}`, { headers: jwt(first), data: { password: 'next-password-1', currentPassword: 'guess-guess' } })).status()).toBe(403)
    expect((await request.patch(`/api/users/${user.id}`, { headers: jwt(first), data: { password: 'next-password-1', currentPassword: user.password } })).status()).toBe(200)
    const me = async (token: string) => ((await (await request.get('/api/users/me', { headers: jwt(token) })).json()) as { user: unknown }).user
    expect(await me(first)).not.toBeNull()
    expect(await me(second)).toBeNull()
  })
})

test.describe('production safety', () => {
  test('only an admin runs the job queue', async ({ request }) => {
    expect([401, 403]).toContain((await request.get('/api/payload-jobs/run')).status())
    const editor = await tokenFor(request, 'editor@example.com')
    expect([401, 403]).toContain((await request.get('/api/payload-jobs/run', { headers: jwt(editor) })).status())
    const admin = await tokenFor(request, 'admin@example.com')
    expect((await request.get('/api/payload-jobs/run', { headers: jwt(admin) })).status()).toBe(200)
  })

  test('an image that only a draft uses is not public', async ({ request }) => {
    const editor = await tokenFor(request, 'editor@example.com')
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const upload = await request.post('/api/media', {
      headers: jwt(editor),
      multipart: { file: { name: `draft-${Date.now()}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: '草稿封面' }) },
    })
    expect(upload.status(), await upload.text()).toBe(201)
    const { doc } = (await upload.json()) as { doc: { id: number; filename: string } }
    expect([403, 404]).toContain((await request.get(`/api/media/${doc.id}`)).status())
    expect([403, 404]).toContain((await request.get(`/api/media/file/${doc.filename}`)).status())
    expect((await request.get(`/api/media/${doc.id}`, { headers: jwt(editor) })).status()).toBe(200)
  })
})
