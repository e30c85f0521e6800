import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import iconv from 'iconv-lite'

import type { Feed, ThinkTank, User } from '../../payload-types'
import { pollFeed, pollFeeds } from '../../services/watch/poll-feeds'
import { SLUGS } from '../../src/collection-slugs'
import { createThinkTank, createUser, unique } from '../helpers/factories'
import { type FeedServer, rss, startFeedServer, staticFeed } from '../helpers/feed-server'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let server: FeedServer
let other: FeedServer
let editor: User
let reviewer: User
let thinkTank: ThinkTank

const ALLOW = '127.0.0.0/8'

beforeAll(async () => {
  process.env.ZHIKU_WATCH_ALLOW_HOSTS = ALLOW
  payload = await getTestPayload()
  server = await startFeedServer('127.0.0.1')
  other = await startFeedServer('127.0.0.2')
  editor = await createUser(payload, ['editor'])
  reviewer = await createUser(payload, ['reviewer'])
  thinkTank = await createThinkTank(payload)
})

afterAll(async () => {
  await server.close()
  await other.close()
})

afterEach(() => {
  process.env.ZHIKU_WATCH_ALLOW_HOSTS = ALLOW
})

async function makeFeed(url: string, overrides: { intervalMinutes?: number; active?: boolean } = {}): Promise<Feed> {
  return payload.create({ collection: SLUGS.feeds, data: { url, thinkTank: thinkTank.id, intervalMinutes: 60, ...overrides }, overrideAccess: false, user: editor })
}

const reload = (feed: Feed) => payload.findByID({ collection: SLUGS.feeds, id: feed.id, depth: 0 })

const leadsOf = async (feed: Feed) =>
  (await payload.find({ collection: SLUGS.leads, where: { feed: { equals: feed.id } }, depth: 0, pagination: false, sort: 'url' })).docs

const path = () => `/${unique()}`

describe('polling a feed', () => {
  it('stores one lead per entry, canonical, plain text, and a second unchanged poll is a 304 that writes nothing', async () => {
    const p = path()
    const body = rss([
      { title: 'AI &amp; export controls', link: `${server.origin}/r/1?utm_source=feed&id=7#top`, description: '<p>Plain <b>summary</b></p><script>alert(1)</script>', author: 'Jane Doe', pubDate: 'Tue, 02 Dec 2025 10:00:00 GMT' },
      { title: 'Second report', link: `${server.origin}/r/2` },
    ])
    server.route(p, staticFeed(body))
    const feed = await makeFeed(server.url(p))
    const first = await pollFeed(payload, feed)
    expect(first).toMatchObject({ status: 'ok', created: 2 })
    const leads = await leadsOf(feed)
    expect(leads.map((lead) => lead.url)).toEqual([`${server.origin}/r/1?id=7`, `${server.origin}/r/2`])
    expect(leads[0]).toMatchObject({ title: 'AI & export controls', summary: 'Plain summary', status: 'new', authors: [expect.objectContaining({ name: 'Jane Doe' })] })
    expect(leads[0]!.publishedAt).toBe('2025-12-02T10:00:00.000Z')
    const stored = await reload(feed)
    expect(stored).toMatchObject({ lastStatus: 'ok', errorCount: 0, etag: `"v1-${Buffer.byteLength(body)}"` })
    expect(new Date(stored.nextFetchAt!).getTime()).toBeGreaterThan(Date.now() + 59 * 60_000)

    const second = await pollFeed(payload, stored)
    expect(second).toMatchObject({ status: 'not-modified', created: 0 })
    expect(server.requests.filter((request) => request.path === p)[1]!.headers['if-none-match']).toBe(stored.etag)
    expect(server.requests.find((request) => request.path === p)!.headers['user-agent']).toMatch(/^ZhikuWatch\//)
    expect((await leadsOf(feed)).length).toBe(2)
  })

  it('reads RSS 1.0, Atom (relative links, several authors) and JSON Feed', async () => {
    const rdf = path()
    server.route(rdf, staticFeed(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${server.origin}/"><title>RDF</title><link>${server.origin}/</link><description>d</description></channel>
<item rdf:about="${server.origin}${rdf}/a"><title>RDF item</title><link>${server.origin}${rdf}/a</link><dc:creator>Li Wei</dc:creator><dc:date>2025-11-30T08:00:00Z</dc:date></item></rdf:RDF>`, 'application/rdf+xml'))
    const atom = path()
    server.route(atom, staticFeed(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2025-12-01T00:00:00Z</updated>
<entry><title type="html">Chips &amp;amp; China</title><id>urn:1</id><link href="reports/chips"/><updated>2025-12-01T00:00:00Z</updated><author><name>A. One</name></author><author><name>B. Two</name></author><summary>Sum</summary></entry></feed>`, 'application/atom+xml'))
    const json = path()
    server.route(json, staticFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: `${server.origin}${json}/j1`, title: 'JSON item', content_html: '<p>Hi</p>', authors: [{ name: 'Zhang San' }], date_published: '2025-12-03T00:00:00Z' }] }), 'application/feed+json'))
    const [a, b, c] = await Promise.all([makeFeed(server.url(rdf)), makeFeed(server.url(atom)), makeFeed(server.url(json))])
    expect((await pollFeed(payload, a!)).created).toBe(1)
    expect((await pollFeed(payload, b!)).created).toBe(1)
    expect((await pollFeed(payload, c!)).created).toBe(1)
    expect((await leadsOf(a!))[0]).toMatchObject({ title: 'RDF item', authors: [expect.objectContaining({ name: 'Li Wei' })] })
    const atomLead = (await leadsOf(b!))[0]!
    expect(atomLead.url).toBe(`${server.origin}/reports/chips`)
    expect(atomLead.title).toBe('Chips & China')
    expect(atomLead.authors?.map((author) => author.name)).toEqual(['A. One', 'B. Two'])
    expect((await leadsOf(c!))[0]).toMatchObject({ title: 'JSON item', summary: 'Hi', authors: [expect.objectContaining({ name: 'Zhang San' })] })
  })

  it('decodes GBK, GB2312, GB18030 and Big5 feeds to correct Chinese', async () => {
    const cases: Array<[string, string, 'header' | 'declaration']> = [
      ['gbk', '人工智能与出口管制', 'header'],
      ['gb2312', '中美关系报告', 'declaration'],
      ['gb18030', '数字经济𠀀研究', 'declaration'],
      ['big5', '臺灣海峽安全評估', 'header'],
    ]
    for (const [charset, title, where] of cases) {
      const p = path()
      const xml = `<?xml version="1.0" encoding="${where === 'declaration' ? charset : 'utf-8'}"?><rss version="2.0"><channel><title>${title}</title><link>http://x/</link><description>d</description><item><title>${title}</title><link>${server.origin}${p}/item</link></item></channel></rss>`
      server.route(p, staticFeed(iconv.encode(xml, charset), where === 'header' ? `application/rss+xml; charset=${charset}` : 'application/rss+xml'))
      const feed = await makeFeed(server.url(p))
      expect(await pollFeed(payload, feed)).toMatchObject({ status: 'ok', created: 1 })
      expect((await leadsOf(feed))[0]!.title).toBe(title)
    }
  })

  it('follows an HTML page to the feed it names', async () => {
    const page = path()
    const feedPath = path()
    server.route(page, staticFeed(`<!doctype html><html><head><title>Home</title><link rel="alternate" type="application/rss+xml" href="${feedPath}"></head><body>hi</body></html>`, 'text/html; charset=utf-8'))
    server.route(feedPath, staticFeed(rss([{ title: 'From the page', link: `${server.origin}${feedPath}/x` }])))
    const feed = await makeFeed(server.url(page))
    expect(await pollFeed(payload, feed)).toMatchObject({ status: 'ok', created: 1 })
    expect((await reload(feed)).feedUrl).toBe(server.url(feedPath))
  })

  it('one report is one lead however many feeds carry it, also when two polls run at once', async () => {
    const link = `${other.origin}/shared/${unique()}`
    const p1 = path()
    const p2 = path()
    server.route(p1, staticFeed(rss([{ title: 'Shared', link: `${link}?utm_medium=rss` }])))
    other.route(p2, staticFeed(rss([{ title: 'Shared too', link: `${link}#section` }])))
    await makeFeed(server.url(p1))
    await makeFeed(other.url(p2))
    const [one, two] = await Promise.all([pollFeeds(payload, { actor: { user: editor } }), pollFeeds(payload, { actor: { user: editor } })])
    expect([...one, ...two].filter((result) => result.status === 'error' && result.url.includes(p1))).toEqual([])
    const found = await payload.find({ collection: SLUGS.leads, where: { url: { equals: link } }, depth: 0 })
    expect(found.totalDocs).toBe(1)
  })
})
