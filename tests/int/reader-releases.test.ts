import { parseFeed } from '@rowanmanning/feed-parser'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueMetadata } from '../../app/(site)/_components/issue-metadata'
import { IssueView } from '../../app/(site)/_components/issue-view'
import {
  getArticle,
  getFeedIssues,
  getIssue,
  getIssueRevision,
  getThinkTank,
  getTopic,
  listCorrections,
  listIssues,
  searchArticles,
  sitemapIndexParts,
  sitemapPartUrls,
  type IssueDetail,
} from '../../app/(site)/_data/content'
import { articlesFeed, correctionsFeed, issuesFeed } from '../../app/(site)/_data/feeds'
import { READER } from '../../app/(site)/_data/viewer'
import { SLUGS } from '../../src/collection-slugs'
import { renderAtom, renderJsonFeed, renderRss } from '../../src/feeds/feed-document'
import { releaseHash } from '../../src/release/release-content'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, latest, type Crew, type DraftIssue } from '../helpers/workflow'

const ORIGIN = 'https://zhiku.example.org'

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

/** A published issue whose article has a topic of its own, so topic pages and feeds are covered too. */
async function publishedIssue(): Promise<DraftIssue & { topic: string; word: string }> {
  const draft = await createDraftIssue(payload, crew)
  const word = draft.issue.slug.replace('wf-issue-', '')
  const topic = `主题${word}`
  await payload.update({
    collection: SLUGS.articles,
    id: draft.articles[0]!.id,
    data: { topics: [topic], body: paragraphsToLexical([`关于出口管制的正文 ${word}`]) },
    draft: true,
    overrideAccess: false,
    user: crew.editor,
  })
  const issue = await advanceTo(payload, crew, draft.issue, 'published')
  return { ...draft, issue, topic, word }
}

/** Everything a reader gets of one issue, rendered to strings: pages' data, feeds, search, sitemap. */
async function readerView({ issue, articles, thinkTank, topic, word }: Awaited<ReturnType<typeof publishedIssue>>) {
  const [issuePage, articlePage, tank, topicPage, feedIssues, search, sitemap, archive, corrections] = await Promise.all([
    getIssue(READER, issue.slug),
    getArticle(READER, articles[0]!.slug),
    getThinkTank(thinkTank.slug),
    getTopic(topic),
    getFeedIssues(),
    searchArticles(`出口管制 ${word}`),
    Promise.all([sitemapIndexParts(), sitemapPartUrls({ kind: 'pages' }), sitemapPartUrls({ kind: 'issues', block: 1 })]),
    listIssues(1, 20),
    listCorrections(1),
  ])
  const siteFeed = issuesFeed(ORIGIN, feedIssues.issues, feedIssues.articles)
  return {
    issuePage: JSON.stringify(issuePage),
    articlePage: JSON.stringify(articlePage),
    thinkTankPage: JSON.stringify(tank),
    topicPage: JSON.stringify(topicPage),
    archive: JSON.stringify(archive),
    rss: renderRss(siteFeed),
    atom: renderAtom(siteFeed),
    json: renderJsonFeed(siteFeed),
    thinkTankFeed: renderRss(articlesFeed(ORIGIN, 'tank', `/think-tanks/${thinkTank.slug}`, tank?.articles ?? [])),
    topicFeed: renderRss(articlesFeed(ORIGIN, 'topic', `/topics/${topic}`, topicPage?.articles ?? [])),
    correctionsFeed: renderRss(correctionsFeed(ORIGIN, corrections.items)),
    search: JSON.stringify(search),
    sitemap: JSON.stringify(sitemap),
  }
}

const renderIssue = (detail: IssueDetail) => renderToStaticMarkup(createElement(IssueView, { detail, language: 'zh', url: `${ORIGIN}/issues/${detail.content.issue.slug}` }))

describe('reader surfaces read signed releases only', () => {
  it('keeps every reader surface byte-for-byte unchanged through staff edits until a new revision is signed', async () => {
    const published = await publishedIssue()
    const { issue, articles, source, thinkTank } = published
    const before = await readerView(published)
    const expectUnchanged = async (step: string) => {
      const now = await readerView(published)
      for (const key of Object.keys(before) as (keyof typeof before)[]) expect(now[key], `${step}: ${key}`).toBe(before[key])
    }
    expect(before.issuePage).toContain(thinkTank.name)
    expect(JSON.parse(before.search).results.map((result: { slug: string }) => result.slug)).toEqual([articles[0]!.slug])

    await payload.update({ collection: SLUGS.thinkTanks, id: thinkTank.id, data: { name: `改名智库${unique()}`, nameEn: 'Renamed Institute' }, overrideAccess: false, user: crew.editor })
    await expectUnchanged('think tank renamed')
    const newsletterId = typeof issue.newsletter === 'object' ? issue.newsletter.id : issue.newsletter
    await payload.update({ collection: SLUGS.newsletters, id: newsletterId, data: { title: `改名专栏${unique()}` }, overrideAccess: false, user: crew.admin })
    await expectUnchanged('newsletter renamed')

    const note = `更正：修改了原文链接 ${unique()}`
    await act(payload, issue, crew.final1, { action: 'reopen', comment: note })
    await expectUnchanged('reopened')
    const newUrl = `https://i${published.word}.org/corrected-${unique()}`
    await payload.update({ collection: SLUGS.sources, id: source.id, data: { url: newUrl }, overrideAccess: false, user: crew.editor })
    await expectUnchanged('source URL edited')
    await payload.update({
      collection: SLUGS.articles,
      id: articles[0]!.id,
      data: { headline: `更正后的标题 ${published.word}` },
      draft: true,
      overrideAccess: false,
      user: crew.editor,
    })
    await expectUnchanged('article edited')
    const versions = await payload.findVersions({ collection: SLUGS.articles, where: { parent: { equals: articles[0]!.id } }, sort: 'createdAt', limit: 1, overrideAccess: false, user: crew.editor })
    // Payload's Local API cannot restore as a draft, so it is refused; REST restores as a draft.
    await expect(payload.restoreVersion({ collection: SLUGS.articles, id: String(versions.docs[0]!.id), overrideAccess: false, user: crew.editor })).rejects.toMatchObject({ status: 400 })
    const restored = await rest('POST', `/articles/versions/${versions.docs[0]!.id}?draft=true`, { token: await login(crew.editor.email) })
    expect(restored.status).toBe(200)
    await expectUnchanged('older article version restored')
    // The restore brought back the first version; write the corrected headline again for the new revision.
    await payload.update({
      collection: SLUGS.articles,
      id: articles[0]!.id,
      data: { headline: `更正后的标题 ${published.word}`, topics: [published.topic], body: paragraphsToLexical([`关于出口管制的正文 ${published.word}`]) },
      draft: true,
      overrideAccess: false,
      user: crew.editor,
    })
    await expectUnchanged('article edited again')

    await advanceTo(payload, crew, (await latest(payload, issue)), 'published')
    const after = await readerView(published)
    for (const key of ['issuePage', 'articlePage', 'rss', 'atom', 'json', 'search', 'sitemap', 'correctionsFeed', 'thinkTankPage'] as const) {
      expect(after[key], key).not.toBe(before[key])
    }
    const corrected = await getIssue(READER, issue.slug)
    expect(corrected?.content.revision).toBe(2)
    expect(corrected?.content.correction?.note).toBe(note)
    expect(corrected?.content.references.map((reference) => reference.url)).toEqual([newUrl])
    expect(corrected?.content.sections[0]?.headline).toBe(`更正后的标题 ${published.word}`)
    expect(corrected?.earlier?.revision).toBe(1)
    expect(after.articlePage).toContain('Renamed Institute')

    const html = renderIssue(corrected!)
    expect(html).toContain(`更正 / Corrected on <time dateTime="${corrected!.content.correction!.correctedAt}">${corrected!.content.correction!.correctedAt.slice(0, 10)}</time>:`)
    expect(html).toContain(`href="/issues/${issue.slug}/r/1"`)
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!) as { correction: { '@type': string; text: string } }
    expect(jsonLd.correction).toEqual(expect.objectContaining({ '@type': 'CorrectionComment', text: note }))

    const corrections = await listCorrections(1)
    expect(corrections.items[0]).toEqual(expect.objectContaining({ slug: issue.slug, note, revision: 2, path: `/issues/${issue.slug}/r/2` }))
    const feed = parseFeed(renderRss(correctionsFeed(ORIGIN, corrections.items)))
    expect(feed.items[0]).toEqual(expect.objectContaining({ url: `${ORIGIN}/issues/${issue.slug}/r/2`, description: note }))

    const first = await getIssueRevision(issue.slug, 1)
    expect(JSON.stringify(first?.content)).toBe(JSON.stringify(JSON.parse(before.issuePage).content))
    expect(first?.current?.slug).toBe(issue.slug)
    expect(renderIssue(first!)).toContain(`href="/issues/${issue.slug}"`)
    expect(await getIssueRevision(issue.slug, 3)).toBeNull()
    expect(await getIssueRevision(issue.slug, 0)).toBeNull()
  })

  it('puts the release hash in the page head and a fingerprint beside the credits linking to the release API', async () => {
    const { issue } = await publishedIssue()
    const detail = await getIssue(READER, issue.slug)
    const release = (await payload.find({ collection: SLUGS.releases, where: { issue: { equals: issue.id } }, overrideAccess: false, user: null })).docs[0]!
    expect(detail?.release?.hash).toBe(release.hash)
    expect(releaseHash(detail!.content)).toBe(release.hash)
    expect(issueMetadata(detail!, `/issues/${issue.slug}`).other).toEqual({ 'zhiku-release-hash': release.hash })
    const html = renderIssue(detail!)
    expect(html).toContain(`<a href="/api/issues/${issue.id}/release" title="${release.hash}"><code>${release.hash.slice(0, 12)}</code></a>`)
    expect(html).not.toContain('更正 / Corrected')
  })

  it('pages the archive in the database, one current release per issue', async () => {
    const { issue } = await publishedIssue()
    const latestFirst = await listIssues(1, 1)
    expect(latestFirst.items.map((item) => item.slug)).toEqual([issue.slug])
    const second = await listIssues(2, 1)
    expect(second.items).toHaveLength(1)
    expect(second.items[0]!.slug).not.toBe(issue.slug)
    const total = await payload.count({ collection: SLUGS.releases, where: { latest: { equals: true } }, overrideAccess: false, user: null })
    expect(latestFirst.pages).toBe(total.totalDocs)
    const all = await listIssues(1, 1000)
    expect(new Set(all.items.map((item) => item.id)).size).toBe(all.items.length)
    expect((await listIssues(10_000, 20)).page).toBe(Math.ceil(total.totalDocs / 20))
  })
})
