import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cachedRequestHandler } from '../../services/reader-cache/cached-request-handler'
import { ResponseCache } from '../../services/reader-cache/response-cache'
import { surrogateKey } from '../../src/site/reader-cache-tags'

/*
 * The custom server's cache in front of a page renderer (a plain handler standing in for Next.js,
 * which the e2e suite covers): what a CDN in front of it is told.
 */
const cache = new ResponseCache({ maxBytes: 1e6, freshMs: 60_000, staleMs: 0 })
let server: Server
let origin = ''

beforeAll(async () => {
  const handler = cachedRequestHandler({
    cache,
    handle: async (req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(`<p>${req.url}</p>`)
    },
    refresh: () => undefined,
  })
  server = createServer((req, res) => void handler(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('surrogate keys on cached reader pages', () => {
  it('names the page family in Surrogate-Key and Cache-Tag, on misses, hits and 304s', async () => {
    const topic = 'AI 治理'
    const path = `/topics/${encodeURIComponent(topic)}`
    const miss = await fetch(`${origin}${path}`)
    expect(miss.headers.get('x-zhiku-cache')).toBe('miss')
    const key = surrogateKey('topic:ai 治理')
    expect(miss.headers.get('surrogate-key')).toBe(key)
    expect(miss.headers.get('cache-tag')).toBe(key)
    const hit = await fetch(`${origin}${path}`)
    expect(hit.headers.get('x-zhiku-cache')).toBe('hit')
    expect(hit.headers.get('surrogate-key')).toBe(key)
    const notModified = await fetch(`${origin}${path}`, { headers: { 'if-none-match': hit.headers.get('etag')! } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('surrogate-key')).toBe(key)

    expect((await fetch(`${origin}/issues/2025-03`)).headers.get('surrogate-key')).toBe('issue:2025-03')
    expect((await fetch(`${origin}/sitemaps/issues-2.xml`)).headers.get('cache-tag')).toBe('sitemap')
  })

  it('sends none on responses that are not cached reader pages', async () => {
    for (const [path, init] of [['/api/issues', {}], ['/admin', {}], ['/', { headers: { cookie: 'payload-token=x' } }]] as const) {
      const response = await fetch(`${origin}${path}`, init)
      expect(response.headers.get('surrogate-key'), path).toBeNull()
      expect(response.headers.get('cache-tag'), path).toBeNull()
    }
  })
})
