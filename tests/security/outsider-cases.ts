/**
 * The 21 malformed requests the second outsider round found answering 500, each by name. `path` is
 * sent as is; `{thinkTank}`/`{topic}` stand for a real think tank's slug and topic. `auth` says who
 * sends it (anonymous readers for most). Run by tests/int/malformed-fuzz.test.ts (the API cases,
 * through Payload's REST handler) and tests/security/malformed-corpus.spec.ts (all, on the server).
 */
export type OutsiderCase = {
  name: string
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  body?: unknown
  auth: 'anonymous' | 'admin'
  /** Public pages answer their own 404 (or a first page); the API answers 400. */
  expected: readonly number[]
}

const api400 = [400] as const
const page404 = [404] as const

export const OUTSIDER_CASES: readonly OutsiderCase[] = [
  { name: '01 releases page=1e21', method: 'GET', path: '/api/releases?page=1e21', auth: 'anonymous', expected: api400 },
  { name: '02 releases limit=1e309', method: 'GET', path: '/api/releases?limit=1e309', auth: 'anonymous', expected: api400 },
  { name: '03 search-entries page of 20 digits', method: 'GET', path: '/api/search-entries?page=12345678901234567890', auth: 'anonymous', expected: api400 },
  { name: '04 search-entries limit=1e21', method: 'GET', path: '/api/search-entries?limit=1e21', auth: 'anonymous', expected: api400 },
  { name: '05 issues/versions page=1e21', method: 'GET', path: '/api/issues/versions?page=1e21', auth: 'admin', expected: api400 },
  { name: '06 issues/versions limit of 20 digits', method: 'GET', path: '/api/issues/versions?limit=12345678901234567890', auth: 'admin', expected: api400 },
  { name: '07 /issues?page=1e21', method: 'GET', path: '/issues?page=1e21', auth: 'anonymous', expected: page404 },
  { name: '08 /search page=1e309', method: 'GET', path: '/search?q=AI&page=1e309', auth: 'anonymous', expected: page404 },
  { name: '09 /corrections page of 20 digits', method: 'GET', path: '/corrections?page=12345678901234567890', auth: 'anonymous', expected: page404 },
  { name: '10 /think-tanks/:slug?page=1e21', method: 'GET', path: '/think-tanks/{thinkTank}?page=1e21', auth: 'anonymous', expected: page404 },
  { name: '11 /topics/:slug?page=1e309', method: 'GET', path: '/topics/{topic}?page=1e309', auth: 'anonymous', expected: page404 },
  { name: '12 where date greater_than=notadate', method: 'GET', path: '/api/releases?where[publishedAt][greater_than]=notadate', auth: 'anonymous', expected: api400 },
  { name: '13 where date equals 20 digits', method: 'GET', path: '/api/releases?where[publishedAt][equals]=12345678901234567890', auth: 'anonymous', expected: api400 },
  { name: '14 all operator on a list field (topics)', method: 'GET', path: '/api/releases?where[topics][all]=AI', auth: 'anonymous', expected: api400 },
  { name: '15 all operator on a list field (domains)', method: 'GET', path: '/api/think-tanks?where[domains][all]=csis.org', auth: 'anonymous', expected: api400 },
  { name: '16 where relationship id 1e21', method: 'GET', path: '/api/releases?where[issue][equals]=1e21', auth: 'anonymous', expected: api400 },
  { name: '17 relationship id 1e21 in a body', method: 'POST', path: '/api/articles', body: { headline: 'x', thinkTank: 1e21, body: null }, auth: 'admin', expected: api400 },
  { name: '18 a list where one id is expected', method: 'POST', path: '/api/articles', body: { headline: 'x', thinkTank: [1, 2] }, auth: 'admin', expected: api400 },
  { name: '19 an object where a list is expected (domains)', method: 'POST', path: '/api/think-tanks', body: { name: '某智库', nameEn: 'Some Tank', domains: { a: 1 } }, auth: 'admin', expected: api400 },
  { name: '20 an object where a list is expected (topics)', method: 'POST', path: '/api/articles', body: { headline: 'x', topics: { a: 1 } }, auth: 'admin', expected: api400 },
  {
    name: '21 a Lexical body whose children is a string',
    method: 'POST',
    path: '/api/articles',
    body: { headline: 'x', body: { root: { type: 'root', children: 'not a list', version: 1 } } },
    auth: 'admin',
    expected: api400,
  },
]
