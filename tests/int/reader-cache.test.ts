import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getIssue, listIssues, sitemapIndexParts, sitemapPartUrls } from '../../app/(site)/_data/content'
import { currentReleaseIndex } from '../../app/(site)/_data/releases'
import { searchArticles, SEARCH_PER_PAGE } from '../../app/(site)/_data/search'
import { READER } from '../../app/(site)/_data/viewer'
import { AFTER_COMMIT_MS } from '../../services/reader-cache/expire-reader-tags'
import { installReaderCachePurge } from '../../services/reader-cache/purge-registry'
import { ResponseCache } from '../../services/reader-cache/response-cache'
import { SLUGS } from '../../src/collection-slugs'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { pageTags, surrogateKey } from '../../src/site/reader-cache-tags'
import { sitemapPartPath } from '../../src/site/sitemap'
import { unique } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, type Crew, type DraftIssue } from '../helpers/workflow'

let payload: Payload
let crew: Crew
const cache = new ResponseCache({ maxBytes: 10e6, freshMs: 60_000, staleMs: 0 })

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
  installReaderCachePurge({ purge: (tags) => cache.purge(tags) })
})

afterAll(() => installReaderCachePurge(undefined))

async function publish(draft: DraftIssue): Promise<DraftIssue> {
  return { ...draft, issue: await advanceTo(payload, crew, draft.issue, 'published') }
}

/** A release purges again once its transaction has committed; let earlier publications finish that. */
const settled = () => new Promise((resolve) => setTimeout(resolve, AFTER_COMMIT_MS + 200))

/** Caches a page as the server would (its path is its key, its tags from the path). */
function cachePage(path: string) {
  cache.store(path, cache.begin(), { status: 200, headers: [], body: Buffer.from(path), tags: pageTags(path.split('?')[0]!)! })
}

const cached = (path: string) => cache.lookup(path) !== null

describe('what a release purges', () => {
  it('drops the pages the new issue changes and keeps the others', async () => {
    const unrelated = await publish(await createDraftIssue(payload, crew))
    const neighbour = await publish(await createDraftIssue(payload, crew))
    const fresh = await createDraftIssue(payload, crew)
    const pages = {
      changed: ['/', '/issues', '/issues?page=2', '/feed.xml', '/sitemap.xml', '/search?q=x', `/issues/${neighbour.issue.slug}`, `/issues/${fresh.issue.slug}`, `/articles/${fresh.articles[0]!.slug}`, `/think-tanks/${fresh.thinkTank.slug}`],
      kept: ['/corrections', `/issues/${unrelated.issue.slug}`, `/articles/${unrelated.articles[0]!.slug}`, `/think-tanks/${unrelated.thinkTank.slug}`, `/articles/${neighbour.articles[0]!.slug}`],
    }
    await settled()
    for (const path of [...pages.changed, ...pages.kept]) cachePage(path)
    await publish(fresh)
    for (const path of pages.changed) expect(cached(path), `${path} should be purged`).toBe(false)
    for (const path of pages.kept) expect(cached(path), `${path} should stay`).toBe(true)
  })

  it('drops an article a correction takes out of its issue, and the corrections list', async () => {
    const draft = await publish(await createDraftIssue(payload, crew, { articleCount: 2 }))
    const [kept, removed] = draft.articles
    const other = await publish(await createDraftIssue(payload, crew))
    await act(payload, draft.issue, crew.final1, { action: 'reopen', comment: '更正：删去一篇' })
    const corrected = await payload.update({ collection: SLUGS.issues, id: draft.issue.id, data: { articles: [kept!.id] }, overrideAccess: false, user: crew.editor })
    await settled()
    for (const path of ['/corrections', `/articles/${removed!.slug}`, `/articles/${kept!.slug}`, `/issues/${other.issue.slug}/r/1`, `/articles/${other.articles[0]!.slug}`]) cachePage(path)
    await advanceTo(payload, crew, corrected, 'published')
    expect(cached('/corrections')).toBe(false)
    expect(cached(`/articles/${removed!.slug}`)).toBe(false)
    expect(cached(`/articles/${kept!.slug}`)).toBe(false)
    expect(cached(`/articles/${other.articles[0]!.slug}`)).toBe(true)
  })
})

describe('archive pagination and previous/next', () => {
  it('links the newest issue to the one before only, and clamps pages past the end', async () => {
    const older = await publish(await createDraftIssue(payload, crew))
    const newest = await publish(await createDraftIssue(payload, crew))
    const detail = await getIssue(READER, newest.issue.slug)
    expect(detail?.next).toBeNull()
    expect(detail?.previous?.slug).toBe(older.issue.slug)
    const olderDetail = await getIssue(READER, older.issue.slug)
    expect(olderDetail?.next?.slug).toBe(newest.issue.slug)
    const first = await listIssues(1, 2)
    expect(first.items.map((item) => item.slug)).toEqual([newest.issue.slug, older.issue.slug])
    const last = await listIssues(10_000, 2)
    expect(last.page).toBe(last.pages)
    expect(last.items.length).toBeGreaterThan(0)
    expect(last.total).toBeGreaterThanOrEqual(2)
  })
})

describe('search', () => {
  it('pages through Chinese results 20 at a time with the total count', async () => {
    const word = `检索${unique().replace(/\d/g, '')}词`
    const draft = await createDraftIssue(payload, crew, { articleCount: SEARCH_PER_PAGE + 1 })
    for (const [index, article] of draft.articles.entries()) {
      await payload.update({
        collection: SLUGS.articles,
        id: article.id,
        data: { body: paragraphsToLexical([`本文讨论${word}的影响。${index === 3 ? `${word}再次出现。` : ''}`]) },
        draft: true,
        overrideAccess: false,
        user: crew.editor,
      })
    }
    await publish(draft)
    const first = await searchArticles(word)
    expect(first.total).toBe(SEARCH_PER_PAGE + 1)
    expect(first.pages).toBe(2)
    expect(first.results).toHaveLength(SEARCH_PER_PAGE)
    const second = await searchArticles(word, {}, 2)
    expect(second.results).toHaveLength(1)
    const all = [...first.results, ...second.results].map((result) => result.slug)
    expect(new Set(all).size).toBe(SEARCH_PER_PAGE + 1)
    expect(all.sort()).toEqual(draft.articles.map((article) => article.slug).sort())
    expect(first.results.every((result) => result.snippet.includes(word))).toBe(true)
  })

  it('ranks an English query case-insensitively, headline first, and filters by think tank and year', async () => {
    const word = `Quasar${unique().replace(/\d/g, '')}`
    const draft = await createDraftIssue(payload, crew, { articleCount: 2 })
    await payload.update({ collection: SLUGS.articles, id: draft.articles[0]!.id, data: { body: paragraphsToLexical([`Mentions ${word} export controls once.`]) }, draft: true, overrideAccess: false, user: crew.editor })
    await payload.update({ collection: SLUGS.articles, id: draft.articles[1]!.id, data: { headline: `${word} Export Controls`, body: paragraphsToLexical([`Export controls and ${word}.`]) }, draft: true, overrideAccess: false, user: crew.editor })
    const other = await createDraftIssue(payload, crew)
    await payload.update({ collection: SLUGS.articles, id: other.articles[0]!.id, data: { body: paragraphsToLexical([`${word} export controls elsewhere.`]) }, draft: true, overrideAccess: false, user: crew.editor })
    await publish(draft)
    await publish(other)
    const found = await searchArticles(`${word.toLowerCase()} EXPORT controls`)
    expect(found.total).toBe(3)
    expect(found.results[0]!.slug).toBe(draft.articles[1]!.slug)
    const onlyTank = await searchArticles(word, { thinkTank: draft.thinkTank.slug })
    expect(onlyTank.results.map((result) => result.slug).sort()).toEqual(draft.articles.map((article) => article.slug).sort())
    const year = new Date().getUTCFullYear()
    expect((await searchArticles(word, { year })).total).toBe(3)
    expect((await searchArticles(word, { year: year - 30 })).total).toBe(0)
  })

  it('forgets the sections a correction removes', async () => {
    const word = `更正词${unique().replace(/\d/g, '')}`
    const draft = await createDraftIssue(payload, crew, { articleCount: 2 })
    for (const article of draft.articles) {
      await payload.update({ collection: SLUGS.articles, id: article.id, data: { body: paragraphsToLexical([`${word}。`]) }, draft: true, overrideAccess: false, user: crew.editor })
    }
    await publish(draft)
    expect((await searchArticles(word)).total).toBe(2)
    await act(payload, draft.issue, crew.final1, { action: 'reopen', comment: '删去一篇' })
    const corrected = await payload.update({ collection: SLUGS.issues, id: draft.issue.id, data: { articles: [draft.articles[0]!.id] }, overrideAccess: false, user: crew.editor })
    await advanceTo(payload, crew, corrected, 'published')
    const after = await searchArticles(word)
    expect(after.results.map((result) => result.slug)).toEqual([draft.articles[0]!.slug])
  })
})

describe('the sitemap in parts', () => {
  it('lists every current issue once across blocks, in publication order, with its articles and lastmod', async () => {
    const drafts = [await publish(await createDraftIssue(payload, crew)), await publish(await createDraftIssue(payload, crew, { articleCount: 2 }))]
    const current = await payload.find({ collection: SLUGS.releases, where: { latest: { equals: true } }, pagination: false, select: { slug: true, createdAt: true, articleSlugs: true } })
    // Blocks of two, so the test crosses several block boundaries on a small archive.
    const blocks: NonNullable<Awaited<ReturnType<typeof currentReleaseIndex>>>[] = []
    for (let block = 1; ; block += 1) {
      const rows = await currentReleaseIndex(block, 2)
      if (rows === null) break
      expect(rows.length).toBeLessThanOrEqual(2)
      blocks.push(rows)
    }
    const listed = blocks.flat()
    expect(blocks.length).toBe(Math.ceil(current.docs.length / 2))
    expect(listed.map((row) => row.slug).sort()).toEqual(current.docs.map((doc) => doc.slug).sort())
    expect(listed.map((row) => row.publishedAt)).toEqual(listed.map((row) => row.publishedAt).sort())
    for (const doc of current.docs) {
      const row = listed.find((candidate) => candidate.slug === doc.slug)!
      expect(row.releasedAt).toBe(doc.createdAt)
      expect(row.articleSlugs).toEqual(doc.articleSlugs)
    }
    expect(await currentReleaseIndex(blocks.length + 1, 2)).toBeNull()

    // The real parts (200 issues each): the index names them all, and together they list every page.
    const parts = await sitemapIndexParts()
    expect(parts.map(sitemapPartPath)[0]).toBe('/sitemaps/pages.xml')
    const urls = (await Promise.all(parts.map((part) => sitemapPartUrls(part)))).flatMap((list) => list ?? [])
    const paths = new Set(urls.map((url) => url.path))
    for (const draft of drafts) {
      expect(paths).toContain(`/issues/${draft.issue.slug}`)
      for (const article of draft.articles) expect(paths).toContain(`/articles/${article.slug}`)
      expect(paths).toContain(`/think-tanks/${draft.thinkTank.slug}`)
    }
    expect(urls.find((url) => url.path === `/issues/${drafts[1]!.issue.slug}`)?.lastModified).toBe(current.docs.find((doc) => doc.slug === drafts[1]!.issue.slug)?.createdAt)
    expect(await sitemapPartUrls({ kind: 'issues', block: parts.length + 5 })).toBeNull()
  })
})

describe('purging a CDN in front', () => {
  it('posts the tags a release expires, as surrogate keys, to ZHIKU_CDN_PURGE_URL; a failing webhook does not stop the publish', async () => {
    const received: { authorization: string | undefined; body: { tags: string[]; surrogateKeys: string[] } }[] = []
    let answer = 200
    const cdn = createServer((req, res) => {
      let text = ''
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      req.on('end', () => {
        received.push({ authorization: req.headers.authorization, body: JSON.parse(text) as (typeof received)[number]['body'] })
        res.writeHead(answer).end()
      })
    })
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve))
    process.env.ZHIKU_CDN_PURGE_URL = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/purge`
    process.env.ZHIKU_CDN_PURGE_TOKEN = 'cdn-token-for-the-test'
    try {
      const topic = `AI 治理 ${unique()}`
      const draft = await createDraftIssue(payload, crew)
      await payload.update({ collection: SLUGS.articles, id: draft.articles[0]!.id, data: { topics: [topic] }, draft: true, overrideAccess: false, user: crew.editor })
      await publish(draft)
      // Sent once the release has committed (AFTER_COMMIT_MS later when the write ran in a transaction).
      const purge = await vi.waitFor(() => received.find((request) => request.body.tags.includes(`issue:${draft.issue.slug}`)) ?? Promise.reject(new Error('no purge yet')), { timeout: 5000 })
      expect(purge?.authorization).toBe('Bearer cdn-token-for-the-test')
      expect(purge?.body.tags).toEqual(expect.arrayContaining(['home', 'archive', 'sitemap', 'feeds', `article:${draft.articles[0]!.slug}`, `think-tank:${draft.thinkTank.slug}`, `topic:${topic.toLowerCase()}`]))
      expect(purge?.body.tags).not.toContain('corrections')
      expect(purge?.body.surrogateKeys).toEqual(purge?.body.tags.map(surrogateKey))

      answer = 503
      const next = await publish(await createDraftIssue(payload, crew))
      await vi.waitFor(() => expect(received.some((request) => request.body.tags.includes(`issue:${next.issue.slug}`))).toBe(true), { timeout: 5000 })
      expect((await getIssue(READER, next.issue.slug))?.content.issue.slug).toBe(next.issue.slug)
    } finally {
      delete process.env.ZHIKU_CDN_PURGE_URL
      delete process.env.ZHIKU_CDN_PURGE_TOKEN
      await new Promise<void>((resolve) => cdn.close(() => resolve()))
    }
  })
})
