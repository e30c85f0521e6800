import { expect, test } from '@playwright/test'

import { databaseSnapshot, jwt, tokenFor } from './helpers'
import { OUTSIDER_CASES } from './outsider-cases'

type Probe = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: string; type?: string }

const BAD_IDS = ['abc', '%00', '1e999', 'NaN', '-1', '0', '1.5', '%FF', '99999999999999999999', '%27%20OR%201%3D1', '[object%20Object]', '%E2%80%AE']
const COLLECTIONS = ['issues', 'articles', 'sources', 'think-tanks', 'newsletters', 'users', 'media', 'workflow-events', 'payload-locked-documents']
const QUERIES = [
  'where[id][near]=1,2',
  'where[id][in]=a,b',
  'where[or][0][id][in]=a,b',
  'where[id][equals]=1e999',
  'where[title][nosuch]=1',
  'where[articles.sources.title][like]=x',
  'where[id][within]=x',
  'where[and]=1',
  'where=abc',
  'limit=abc&page=-1',
  'depth=1e999',
  'sort=%00',
  'where[slug][in][0][1][2][3]=x',
  'where[0]=x',
  'where[and][0]=x',
  'where[slug][equals][a][b]=1',
]
const PAGES = [
  '/issues/%E2%80%AE%E0%A0',
  '/articles/%FF%FE',
  '/topics/%E0%A4%A',
  '/think-tanks/%C0%AF',
  '/issues/%',
  '/%ED%A0%80',
  '/issues/..%2F..%2Fetc%2Fpasswd',
  '/articles/%00',
  '/search?q=%FF',
  '/topics/%E0%A4%A/feed.xml',
  '/think-tanks/%FF/feed.xml',
  '/api/media/file/does-not-exist.png',
  '/api/media/file/..%2F..%2Fpackage.json',
  '/preview?path=%FF',
  '/lang?to=%FF',
  ...['/issues', '/corrections', '/search?q=AI&', '/think-tanks/csis', `/topics/${encodeURIComponent('人工智能治理')}`].flatMap((path) =>
    ['1e21', '1e309', '12345678901234567890', '-1', '0', '2.5', 'abc', '%00', '1&page=2'].map((page) => `${path}${path.includes('?') ? '' : '?'}page=${page}`),
  ),
]
const GRAPHQL_BODIES = [
  '{bad',
  '{"query":"query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"}',
  '{"query":"{ nope }"}',
  '{"query":123}',
  '[]',
  '{"query":"{"}',
  '{"query":"{ Issue(id: \\"abc\\") { id } }"}',
  '{"query":"{ Issues(where: { id: { equals: \\"1e999\\" } }) { docs { id } } }"}',
  '{"query":"mutation { updateUser(id: \\"abc\\", data: { name: \\"x\\" }) { id } }"}',
  '{"query":"{ Issues(limit: -1) { docs { id } } }","variables":"nope"}',
]
const WORKFLOW_BODIES = ['{"action":{"toString":1}}', '{"action":"publish"}', '{"action":"submit","expectedStage":{}}', '[]', 'null', '{bad']

function corpus(): Probe[] {
  const probes: Probe[] = []
  for (const slug of COLLECTIONS) {
    for (const id of BAD_IDS) {
      probes.push({ method: 'GET', path: `/api/${slug}/${id}` })
      probes.push({ method: 'PATCH', path: `/api/${slug}/${id}`, body: '{"title":"x","name":"x"}' })
    }
    for (const query of QUERIES) probes.push({ method: 'GET', path: `/api/${slug}?${query}` })
    probes.push({ method: 'DELETE', path: `/api/${slug}/abc` })
  }
  for (const id of BAD_IDS) {
    probes.push({ method: 'POST', path: `/api/issues/${id}/workflow`, body: '{"action":"submit"}' })
    probes.push({ method: 'GET', path: `/api/issues/${id}/checks` })
  }
  for (const body of WORKFLOW_BODIES) probes.push({ method: 'POST', path: '/api/issues/1/workflow', body })
  for (const path of PAGES) probes.push({ method: 'GET', path })
  for (const body of GRAPHQL_BODIES) probes.push({ method: 'POST', path: '/api/graphql', body })
  return probes
}

test('at least 200 malformed requests, anonymous and as an editor: none answered 5xx, nothing written', async ({ request }) => {
  test.setTimeout(300_000)
  const probes = corpus()
  expect(probes.length).toBeGreaterThanOrEqual(200)
  const admin = await tokenFor(request, 'admin@example.com')
  const editor = await tokenFor(request, 'editor@example.com')
  const before = await databaseSnapshot(request, admin)
  const serverErrors: string[] = []
  for (const headers of [{}, jwt(editor)]) {
    for (const probe of probes) {
      const response = await request.fetch(probe.path, {
        method: probe.method,
        headers: { ...headers, 'Content-Type': probe.type ?? 'application/json' },
        data: probe.body,
        maxRedirects: 0,
      })
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${probe.method} ${probe.path} ${probe.body ?? ''}`)
      else if (response.status() >= 400 && probe.path.startsWith('/api/') && !probe.path.startsWith('/api/media/file')) {
        const text = await response.text()
        expect(text, `${probe.method} ${probe.path}`).not.toContain('An unknown error occurred')
      }
    }
  }
  expect(serverErrors).toEqual([])
  expect(await databaseSnapshot(request, admin)).toEqual(before)
})

/** The demo's think tank and topic, for the cases on their pages. */
const realPath = (path: string) => path.replace('{thinkTank}', 'csis').replace('{topic}', encodeURIComponent('人工智能治理'))

test.describe('the outsider’s 21 malformed requests', () => {
  for (const probe of OUTSIDER_CASES) {
    test(probe.name, async ({ request }) => {
      const admin = await tokenFor(request, 'admin@example.com')
      const before = await databaseSnapshot(request, admin)
      const response = await request.fetch(realPath(probe.path), {
        method: probe.method,
        headers: { ...(probe.auth === 'admin' ? jwt(admin) : {}), 'Content-Type': 'application/json' },
        data: probe.body === undefined ? undefined : JSON.stringify(probe.body),
        maxRedirects: 0,
      })
      expect(probe.expected, await response.text()).toContain(response.status())
      expect(await databaseSnapshot(request, admin)).toEqual(before)
    })
  }
})

test('a single-document error says why', async ({ request }) => {
  const response = await request.get('/api/issues/abc')
  expect(response.status()).toBe(400)
  expect(JSON.stringify(await response.json())).toContain('not a document id')
})
