import { parseFeed } from '@rowanmanning/feed-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getArticle, getFeedIssues, getIssue, getThinkTank, getTopic, listIssues, searchArticles } from '../../app/(site)/_data/content'
import { articlesFeed, issuesFeed } from '../../app/(site)/_data/feeds'
import { READER, type Viewer } from '../../app/(site)/_data/viewer'
import { loadDemoContent } from '../../scripts/lib/load-demo-content'
import { SLUGS } from '../../src/collection-slugs'
import { DEMO_ARTICLES, DEMO_ISSUE } from '../../src/demo/demo-content'
import { renderAtom, renderJsonFeed, renderRss } from '../../src/feeds/feed-document'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  await loadDemoContent(payload)
  crew = await createCrew(payload)
})

describe('the public data module', () => {
  it('lists published issues newest first and never a draft', async () => {
    const { issue: draft } = await createDraftIssue(payload, crew)
    const issues = (await listIssues(1, 1000)).items
    expect(issues.map((issue) => issue.slug)).toContain(DEMO_ISSUE.slug)
    expect(issues.map((issue) => issue.slug)).not.toContain(draft.slug)
    const dates = issues.map((issue) => issue.publishedOn)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('gives an issue’s previous and next issues', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'published')
    const newest = await getIssue(READER, issue.slug)
    expect(newest?.next).toBeNull()
    expect(newest?.previous).not.toBeNull()
    const older = await getIssue(READER, newest!.previous!.slug)
    expect(older?.next?.slug).toBe(issue.slug)
  })

  it('gives an article permalink with its issue and sources', async () => {
    const detail = await getArticle(READER, DEMO_ARTICLES[0]!.slug)
    expect(detail?.summary.issue?.slug).toBe(DEMO_ISSUE.slug)
    expect(detail?.sources.map((source) => source.authors)).toEqual([['Emily Benson']])
  })

  it('gives a think tank with every published article about it, and a topic', async () => {
    const csis = await getThinkTank('csis')
    expect(csis?.articles.map((article) => article.slug)).toContain(DEMO_ARTICLES[0]!.slug)
    expect(await getThinkTank('no-such-think-tank')).toBeNull()
    const topic = await getTopic('出口管制')
    expect(topic?.articles.map((article) => article.slug)).toEqual([DEMO_ARTICLES[0]!.slug])
  })

  it('searches Chinese text without spaces and finds only published articles', async () => {
    const { articles, issue } = await createDraftIssue(payload, crew)
    await payload.update({ collection: SLUGS.articles, id: articles[0]!.id, data: { body: paragraphsToLexical(['草稿里也谈到出口管制。']) }, draft: true })
    const found = await searchArticles('出口管制')
    const slugs = found.results.map((result) => result.slug)
    expect(slugs).toContain(DEMO_ARTICLES[0]!.slug)
    expect(slugs).not.toContain(articles[0]!.slug)
    expect(found.results.every((result) => result.issue !== null && result.snippet.includes('出口管制'))).toBe(true)
    expect((await searchArticles('生成式')).results.map((result) => result.slug)).toContain(DEMO_ARTICLES[1]!.slug)
    expect((await searchArticles('')).results).toEqual([])
    expect((await searchArticles('qzxqzxqzx')).results).toEqual([])
    expect(issue.stage).toBe('draft')
  })

  it('shows staff in preview the unpublished revision, and readers the published one', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const live = await advanceTo(payload, crew, issue, 'published')
    await act(payload, live, crew.final1, { action: 'reopen', comment: 'Fix a typo in the second section.' })
    await payload.update({ collection: SLUGS.issues, id: issue.id, data: { title: '更正中的标题' }, overrideAccess: false, user: crew.editor })
    const preview: Viewer = { preview: true, user: crew.editor }
    expect((await getIssue(preview, issue.slug))?.content.issue.title).toBe('更正中的标题')
    expect((await getIssue(READER, issue.slug))?.content.issue.title).toBe(issue.title)
  })
})

describe('feeds, read back by a real feed parser', () => {
  it('serves the issues as RSS 2.0, Atom and JSON Feed 1.1', async () => {
    // A newly published issue: the feeds hold the newest issues, and other files publish theirs into this database.
    const { issue } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'published')
    const { issues, articles } = await getFeedIssues()
    const feed = issuesFeed('https://zhiku.example.org', issues, articles)
    const url = `https://zhiku.example.org/issues/${issue.slug}`
    for (const xml of [renderRss(feed), renderAtom(feed)]) {
      const parsed = parseFeed(xml)
      expect(parsed.title).toBe('智库观察')
      expect(parsed.items.map((item) => item.url)).toContain(url)
      expect(parsed.items.find((item) => item.url === url)?.title).toContain(issue.title)
    }
    const json = JSON.parse(renderJsonFeed(feed)) as { version: string; items: { url: string }[] }
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items.map((item) => item.url)).toContain(url)
  })

  it('serves a think tank’s articles as a feed', async () => {
    const csis = await getThinkTank('csis')
    const parsed = parseFeed(renderRss(articlesFeed('https://zhiku.example.org', 'CSIS', '/think-tanks/csis', csis!.articles)))
    expect(parsed.items.map((item) => item.title)).toContain(DEMO_ARTICLES[0]!.headline)
  })
})
