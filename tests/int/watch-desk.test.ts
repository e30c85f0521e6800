import iconv from 'iconv-lite'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Feed, ThinkTank, User } from '../../payload-types'
import { pollFeed, pollFeeds } from '../../services/watch/poll-feeds'
import { SLUGS } from '../../src/collection-slugs'
import { createThinkTank, createUser, unique } from '../helpers/factories'
import { countingRoute, type FeedServer, rss, startFeedServer, staticFeed } from '../helpers/feed-server'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { runChildrenTogether, runTsxCommand } from '../helpers/spawn-child'

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
    expect((await pollFeed(payload, a)).created).toBe(1)
    expect((await pollFeed(payload, b)).created).toBe(1)
    expect((await pollFeed(payload, c)).created).toBe(1)
    expect((await leadsOf(a))[0]).toMatchObject({ title: 'RDF item', authors: [expect.objectContaining({ name: 'Li Wei' })] })
    const atomLead = (await leadsOf(b))[0]!
    expect(atomLead.url).toBe(`${server.origin}/reports/chips`)
    expect(atomLead.title).toBe('Chips & China')
    expect(atomLead.authors?.map((author) => author.name)).toEqual(['A. One', 'B. Two'])
    expect((await leadsOf(c))[0]).toMatchObject({ title: 'JSON item', summary: 'Hi', authors: [expect.objectContaining({ name: 'Zhang San' })] })
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

describe('the endpoints and who may use them', () => {
  it('POST /api/feeds/poll polls one feed as an editor and answers its result; a reviewer gets 403', async () => {
    const p = path()
    server.route(p, staticFeed(rss([{ title: 'Polled by hand', link: `${server.origin}${p}/1` }])))
    const feed = await makeFeed(server.url(p))
    const token = await login(editor.email)
    const answer = await rest('POST', '/feeds/poll', { token, json: { feed: feed.id } })
    expect(answer.status).toBe(200)
    expect(answer.body.results).toEqual([{ feed: feed.id, url: feed.url, status: 'ok', created: 1 }])
    expect((await rest('POST', '/feeds/poll', { token: await login(reviewer.email), json: {} })).status).toBe(403)
    expect((await rest('POST', '/feeds/poll', { json: {} })).status).toBe(401)
    expect((await rest('POST', '/feeds/poll', { token, json: { force: 'yes' } })).status).toBe(400)
  })

  it('readers see no feeds and no leads through REST, GraphQL or the Local API', async () => {
    // A reader: nobody signed in, or a user without a role.
    const reader = { ...(await createUser(payload, ['editor'])), roles: [] }
    expect((await rest('GET', '/leads')).status).toBe(403)
    expect((await rest('GET', '/feeds')).status).toBe(403)
    expect((await rest('POST', '/leads/from-url', { json: { url: 'https://example.org/' } })).status).toBe(401)
    const gql = await graphql('{ Leads { docs { id url } } Feeds { docs { id } } }')
    expect(JSON.stringify(gql.body)).toMatch(/not allowed|Forbidden/i)
    await expect(payload.find({ collection: SLUGS.leads, overrideAccess: false, user: reader })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: SLUGS.feeds, overrideAccess: false, user: reader })).rejects.toMatchObject({ status: 403 })
    // Staff who are not editors read, but cannot create or triage.
    expect((await rest('GET', '/leads', { token: await login(reviewer.email) })).status).toBe(200)
    await expect(
      payload.create({ collection: SLUGS.feeds, data: { url: 'https://example.org/feed', intervalMinutes: 60 }, overrideAccess: false, user: reviewer }),
    ).rejects.toThrow()
  })

  it('keeps the fetch slots out of every way in, even for an administrator: REST, GraphQL and the Local API with a user', async () => {
    const admin = await createUser(payload, ['admin'])
    const token = await login(admin.email)
    expect((await rest('GET', '/watch-host-slots', { token })).status).toBe(403)
    expect((await rest('POST', '/watch-host-slots', { token, json: { key: 'example.org#0', host: 'example.org', expiresAt: '2099-01-01T00:00:00.000Z' } })).status).toBe(403)
    expect(JSON.stringify((await graphql('{ WatchHostSlots { docs { id } } }', { token })).body)).toMatch(/Cannot query field/)
    await expect(payload.find({ collection: SLUGS.watchHostSlots, overrideAccess: false, user: admin })).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: SLUGS.watchHostSlots, where: { host: { equals: 'example.org' } } })).totalDocs).toBe(0)
  })

  it('refuses writes to the fetcher fields through the API', async () => {
    const feed = await makeFeed(`${server.origin}/${unique()}`)
    const token = await login(editor.email)
    const answer = await rest('PATCH', `/feeds/${feed.id}`, { token, json: { errorCount: 99, etag: '"forged"', intervalMinutes: 5 } })
    expect(answer.status).toBe(200)
    const stored = await reload(feed)
    expect(stored).toMatchObject({ intervalMinutes: 5, errorCount: 0 })
    expect(stored.etag ?? null).toBeNull()
  })

  it('POST /api/leads/from-url reads citation metadata, matches the think tank by domain, and answers 200 for a known URL', async () => {
    const p = path()
    server.route(p, staticFeed(`<!doctype html><html><head><title>Site title</title>
<link rel="canonical" href="${server.origin}${p}/canonical?utm_campaign=x">
<meta name="citation_title" content="Semiconductors &amp; the Alliance">
<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Wang Fang">
<meta name="citation_publication_date" content="2025/11/20">
<meta property="og:title" content="OG title"><meta name="description" content="A &lt;b&gt;short&lt;/b&gt; summary">
</head><body></body></html>`, 'text/html; charset=utf-8'))
    const token = await login(editor.email)
    const created = await rest('POST', '/leads/from-url', { token, json: { url: `${server.url(p)}?utm_source=x`, thinkTank: thinkTank.id } })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ url: `${server.origin}${p}/canonical`, title: 'Semiconductors & the Alliance', summary: 'A short summary', status: 'new' })
    const doc = created.body.doc as { authors: Array<{ name: string }>; publishedAt: string; id: number }
    expect(doc.authors.map((author) => author.name)).toEqual(['Doe, Jane', 'Wang Fang'])
    expect(doc.publishedAt.slice(0, 10)).toBe('2025-11-20')
    const again = await rest('POST', '/leads/from-url', { token, json: { url: `${server.origin}${p}/canonical#x` } })
    expect(again.status).toBe(200)
    expect((again.body.doc as { id: number }).id).toBe(doc.id)

    expect((await rest('POST', '/leads/from-url', { token, json: { url: 'ftp://example.org/x' } })).status).toBe(400)
    expect((await rest('POST', '/leads/from-url', { token, json: { url: 'not a url' } })).status).toBe(400)
    process.env.ZHIKU_WATCH_ALLOW_HOSTS = ''
    const refused = await rest('POST', '/leads/from-url', { token, json: { url: server.url(p) }, headers: { 'accept-language': 'en' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/loopback/)
    const refusedZh = await rest('POST', '/leads/from-url', { token, json: { url: server.url(p) }, headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } })
    expect(JSON.stringify(refusedZh.body)).toMatch(/回环地址/)
  })

  it('POST /api/leads/:id/start-article makes the source and a draft article citing it, then 409', async () => {
    const lead = await payload.create({
      collection: SLUGS.leads,
      data: { url: `https://t${unique()}.org/report`, title: 'A report on grids', summary: 'First line\nSecond line', authors: [{ name: 'Ann Lee' }], publishedAt: '2025-10-01T00:00:00.000Z', thinkTank: thinkTank.id, status: 'new' },
      overrideAccess: false,
      user: editor,
    })
    const token = await login(editor.email)
    expect((await rest('POST', `/leads/${lead.id}/start-article`, { token: await login(reviewer.email) })).status).toBe(403)
    const started = await rest('POST', `/leads/${lead.id}/start-article`, { token })
    expect(started.status).toBe(201)
    const { article, source } = started.body as { article: { id: number; headline: string; _status: string; sources: number[] }; source: { id: number; url: string; authors: string[]; publishedAt: string } }
    expect(source).toMatchObject({ url: lead.url, authors: ['Ann Lee'], publishedAt: '2025-10-01' })
    expect(article).toMatchObject({ headline: 'A report on grids', _status: 'draft', sources: [source.id] })
    const used = await payload.findByID({ collection: SLUGS.leads, id: lead.id, depth: 0 })
    expect(used).toMatchObject({ status: 'used', source: source.id, article: article.id, claimedBy: editor.id })
    expect((await rest('POST', `/leads/${lead.id}/start-article`, { token })).status).toBe(409)
    // Another lead with the same source URL reuses the source.
    const twin = await payload.create({ collection: SLUGS.leads, data: { url: `${lead.url}/twin`, title: 'Twin', thinkTank: thinkTank.id, status: 'new' }, overrideAccess: false, user: editor })
    await payload.update({ collection: SLUGS.sources, id: source.id, data: { url: twin.url }, overrideAccess: false, user: editor })
    const reused = await rest('POST', `/leads/${twin.id}/start-article`, { token })
    expect((reused.body.source as { id: number }).id).toBe(source.id)
  })

  it('triage: skipping needs a reason, claiming records who, used is only set by starting an article', async () => {
    const lead = await payload.create({ collection: SLUGS.leads, data: { url: `https://t${unique()}.org/r`, title: 'T', status: 'new' }, overrideAccess: false, user: editor })
    const token = await login(editor.email)
    expect((await rest('PATCH', `/leads/${lead.id}`, { token, json: { status: 'skipped' } })).status).toBe(400)
    expect((await rest('PATCH', `/leads/${lead.id}`, { token, json: { status: 'used' } })).status).toBe(400)
    const claimed = await rest('PATCH', `/leads/${lead.id}`, { token, json: { status: 'claimed' } })
    expect((claimed.body.doc as { claimedBy: { id: number } | number }).claimedBy).toEqual(expect.objectContaining({ id: editor.id }))
    expect((await rest('PATCH', `/leads/${lead.id}`, { token, json: { status: 'skipped', skipReason: 'Out of scope' } })).status).toBe(200)
  })
})

describe('two app instances', () => {
  it('two processes polling one database at once store each report once', { timeout: 120_000 }, async () => {
    const p = path()
    const items = Array.from({ length: 30 }, (_, index) => ({ title: `Report ${index}`, link: `${other.origin}${p}/r/${index}` }))
    other.route(p, staticFeed(rss(items)))
    const feed = await makeFeed(other.url(p))
    const env = { ...process.env, ZHIKU_WATCH_ALLOW_HOSTS: ALLOW, PAYLOAD_LOG_LEVEL: 'fatal' }
    const runs = await Promise.all([0, 1].map(() => runTsxCommand('scripts/watch.ts', ['--once', '--json', '--feed', String(feed.id)], env)))
    const results = runs.map((run) => (JSON.parse(run.stdout) as { results: Array<{ status: string; created: number }> }).results[0]!)
    // Whichever stored the feed's ETag first makes the other's request conditional (304): never an error.
    expect(results.every((result) => result.status === 'ok' || result.status === 'not-modified')).toBe(true)
    expect(results[0]!.created + results[1]!.created).toBe(30)
    expect(runs.every((run) => run.stderr.includes('[1/1]'))).toBe(true)
    expect((await leadsOf(feed)).length).toBe(30)
  })

  it('two processes polling six feeds of one host at once send it at most 2 requests at once between them', { timeout: 120_000 }, async () => {
    const p = path()
    const counting = countingRoute(400)
    other.route(p, counting.route)
    const feeds = await Promise.all(Array.from({ length: 6 }, (_, index) => makeFeed(`${other.url(p)}?f=${index}`)))
    const env = { ...process.env, ZHIKU_WATCH_ALLOW_HOSTS: ALLOW, PAYLOAD_LOG_LEVEL: 'fatal' }
    // Each process alone would send 2 at once (its own limit): 4 together without a shared one.
    const ids = (mine: Feed[]) => mine.map((feed) => String(feed.id))
    const runs = await runChildrenTogether('tests/helpers/poll-child.ts', [ids(feeds.slice(0, 3)), ids(feeds.slice(3))], env)
    const statuses = runs.flatMap((run) => {
      expect(run.code, run.stderr).toBe(0)
      return (run.lines[0] as { statuses: string[] }).statuses
    })
    expect(statuses).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok'])
    expect(counting.most()).toBe(2)
    // Every slot is given back.
    expect((await payload.count({ collection: SLUGS.watchHostSlots })).totalDocs).toBe(0)
  })
})
