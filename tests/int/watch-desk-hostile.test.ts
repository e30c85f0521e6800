import { gzipSync } from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Feed } from '../../payload-types'
import { databaseHostSlots } from '../../services/watch/database-host-slots'
import { pollFeed } from '../../services/watch/poll-feeds'
import { sayIn } from '../../src/checks/say'
import { SLUGS } from '../../src/collection-slugs'
import { READER_LANGUAGE_CONTEXT } from '../../src/watch/watch-failure'
import { unique } from '../helpers/factories'
import { countingRoute, type FeedServer, rss, startFeedServer, staticFeed } from '../helpers/feed-server'
import { getTestPayload } from '../helpers/payload'

/* Hostile and failing feeds: each is recorded on the feed with a clear message and writes no lead. */

let payload: Payload
let server: FeedServer
const ALLOW = '127.0.0.1/32'

beforeAll(async () => {
  process.env.ZHIKU_WATCH_ALLOW_HOSTS = ALLOW
  payload = await getTestPayload()
  server = await startFeedServer('127.0.0.1')
})
afterAll(() => server.close())
afterEach(() => {
  process.env.ZHIKU_WATCH_ALLOW_HOSTS = ALLOW
})

const path = () => `/${unique()}`
const makeFeed = (url: string) => payload.create({ collection: SLUGS.feeds, data: { url, intervalMinutes: 60 } })
const CJK = /[\u4e00-\u9fff]/
/** Function words of English sentences; a Chinese message may still name URLs, hosts and header or variable names. */
const ENGLISH_WORDS = /\b(the|is|not|from|after|than|could|which|and|was|only|are)\b/i
const withoutCode = (text: string) => text.replace(/https?:\/\/\S+|<[^>]*>|[A-Z_]{3,}|[\w.-]+\.\w+(:\d+)?/g, ' ')
const reload = (feed: Feed) => payload.findByID({ collection: SLUGS.feeds, id: feed.id, depth: 0 })
const leadCount = async (feed: Feed) => (await payload.count({ collection: SLUGS.leads, where: { feed: { equals: feed.id } } })).totalDocs

const readIn = (feed: Feed, language: 'zh' | 'en') =>
  payload.findByID({ collection: SLUGS.feeds, id: feed.id, depth: 0, context: { [READER_LANGUAGE_CONTEXT]: language } })

async function expectFailure(feed: Feed, message: RegExp) {
  const result = await pollFeed(payload, feed, { say: sayIn('en') })
  expect(result.status).toBe('error')
  expect(result.error).toMatch(message)
  expect(result.error).not.toMatch(CJK)
  const stored = await readIn(feed, 'en')
  expect(stored).toMatchObject({ lastStatus: 'error', errorCount: (feed.errorCount ?? 0) + 1 })
  expect(stored.lastError).toMatch(message)
  expect(stored.lastError).not.toMatch(CJK)
  // The same stored failure read in Chinese is Chinese only.
  const inChinese = (await readIn(feed, 'zh')).lastError!
  expect(inChinese).toMatch(CJK)
  expect(withoutCode(inChinese)).not.toMatch(ENGLISH_WORDS)
  expect(await leadCount(feed)).toBe(0)
  return stored
}

describe('hostile feeds', () => {
  it('refuses an entity bomb without expanding it', async () => {
    const p = path()
    server.route(p, staticFeed(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><link>${server.origin}/x</link></item></channel></rss>`))
    await expectFailure(await makeFeed(server.url(p)), /entities/)
  })

  it('records malformed XML and an HTML page that names no feed', async () => {
    const bad = path()
    server.route(bad, staticFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</ti'))
    const result = await pollFeed(payload, await makeFeed(server.url(bad)))
    expect(result.status === 'error' || result.created === 0).toBe(true)
    const html = path()
    server.route(html, staticFeed('<!doctype html><html><head><title>Not a feed</title></head><body>Hello</body></html>', 'text/html'))
    await expectFailure(await makeFeed(server.url(html)), /HTML page, not a feed/)
  })

  it('stops after 5 redirects and refuses a redirect to an address that is not allowed', async () => {
    const loop = path()
    server.route(loop, (request, response) => {
      response.writeHead(302, { location: `${loop}?n=${Math.random()}` }).end()
    })
    await expectFailure(await makeFeed(server.url(loop)), /More than 5 redirects/)
    expect(server.hits(loop)).toBe(6)
    const away = path()
    // 127.0.0.3 is loopback but outside the allowed 127.0.0.1/32: refused before any connection.
    server.route(away, (request, response) => {
      response.writeHead(301, { location: 'http://127.0.0.3:9/feed' }).end()
    })
    await expectFailure(await makeFeed(server.url(away)), /loopback address/)
  })

  it('refuses loopback without ZHIKU_WATCH_ALLOW_HOSTS, for address literals and for names that resolve there', async () => {
    const p = path()
    server.route(p, staticFeed(rss([{ title: 'x', link: `${server.origin}/x` }])))
    process.env.ZHIKU_WATCH_ALLOW_HOSTS = ''
    await expectFailure(await makeFeed(server.url(p)), /loopback address/)
    await expectFailure(await makeFeed(`http://localhost:${server.port}${p}`), /loopback address/)
    expect(server.hits(p)).toBe(0)
  })

  it('cuts off an oversized body, also when it only grows once decompressed', async () => {
    const big = path()
    server.route(big, (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
      const chunk = Buffer.alloc(1024 * 1024, 0x20)
      for (let index = 0; index < 11; index += 1) response.write(chunk)
      response.end()
    })
    await expectFailure(await makeFeed(server.url(big)), /larger than 10 MB/)
    const bomb = path()
    const zipped = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20))
    server.route(bomb, (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(zipped)
    })
    await expectFailure(await makeFeed(server.url(bomb)), /larger than 10 MB once decompressed/)
  })

  it('gives a dribbling server 20 s in total, then records the timeout', { timeout: 40_000 }, async () => {
    const slow = path()
    server.route(slow, (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
      const timer = setInterval(() => response.write(' '), 500)
      response.on('close', () => clearInterval(timer))
    })
    const started = Date.now()
    await expectFailure(await makeFeed(server.url(slow)), /Gave up .* after 20 s/)
    expect(Date.now() - started).toBeLessThan(23_000)
  })

  it('honours 429 Retry-After even by hand unless forced, backs off on errors and resets on success', async () => {
    const p = path()
    let limited = true
    server.route(p, (request, response) => {
      if (limited) response.writeHead(429, { 'retry-after': '3600' }).end()
      else void staticFeed(rss([{ title: 'Back', link: `${server.origin}${p}/1` }]))(request, response)
    })
    const feed = await makeFeed(server.url(p))
    const now = Date.now()
    const failed = await expectFailure(feed, /HTTP 429/)
    expect(new Date(failed.retryAfter!).getTime()).toBeGreaterThanOrEqual(now + 3599_000)
    expect(new Date(failed.nextFetchAt!).getTime()).toBeGreaterThanOrEqual(now + 3599_000)
    const skipped = await pollFeed(payload, failed)
    expect(skipped).toMatchObject({ status: 'skipped' })
    expect(server.hits(p)).toBe(1)
    const second = await pollFeed(payload, failed, { force: true })
    expect(second.status).toBe('error')
    const twice = await reload(feed)
    expect(twice.errorCount).toBe(2)
    // Back-off: the second error waits 4 intervals (capped at a day), never gives up.
    expect(new Date(twice.nextFetchAt!).getTime()).toBeGreaterThanOrEqual(now + 4 * 3600_000 - 5_000)
    limited = false
    expect(await pollFeed(payload, twice, { force: true })).toMatchObject({ status: 'ok', created: 1 })
    expect(await reload(feed)).toMatchObject({ errorCount: 0, lastStatus: 'ok', retryAfter: null, failingSince: null, lastError: null })
  })

  it('keeps at most 2 requests at once per host', async () => {
    const p = path()
    const counting = countingRoute(150)
    server.route(p, counting.route)
    const feeds = await Promise.all(Array.from({ length: 6 }, (_, index) => makeFeed(`${server.url(p)}?f=${index}`)))
    const results = await Promise.all(feeds.map((feed) => pollFeed(payload, feed)))
    expect(results.every((result) => result.status === 'ok')).toBe(true)
    expect(counting.most()).toBe(2)
  })

  it('frees the slots of a holder that died once their lease has passed, and gives up a wait at the deadline', async () => {
    const host = `${unique()}.example`
    const takeBoth = (expiresAt: Date) =>
      Promise.all([0, 1].map((slot) => payload.create({ collection: SLUGS.watchHostSlots, data: { key: `${host}#${slot}`, host, expiresAt: expiresAt.toISOString() } })))
    const gate = databaseHostSlots(payload, { retryMs: 20 })
    // Both slots held by a live process: the wait ends with the deadline, nothing runs.
    const held = await takeBoth(new Date(Date.now() + 60_000))
    let ran = false
    await expect(gate(host, AbortSignal.timeout(300), async () => (ran = true))).rejects.toThrow()
    expect(ran).toBe(false)
    for (const row of held) await payload.delete({ collection: SLUGS.watchHostSlots, id: row.id })
    // Both held by a process that died (their leases passed): taken over, then given back.
    await takeBoth(new Date(Date.now() - 1_000))
    expect(await gate(host, AbortSignal.timeout(5_000), async () => 'fetched')).toBe('fetched')
    expect((await payload.count({ collection: SLUGS.watchHostSlots, where: { host: { equals: host } } })).totalDocs).toBe(0)
  })
})
