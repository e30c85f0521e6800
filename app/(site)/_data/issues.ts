import { previewRelease } from '../../../services/workflow/preview-release'
import type { ReleaseContent } from '../../../src/release/release-content'
import { articleSummaries, issueSummary, type ArticleSummary, type IssueSummary } from '../../../src/site/release-view'
import { getPayloadClient } from './payload'
import { both, CURRENT, findRelease, findReleaseLink, findReleases, type ReleaseLink, type ReleaseRecord } from './releases'
import type { Viewer } from './viewer'

export type IssuePage = { items: IssueSummary[]; page: number; pages: number; total: number }

/** The archive: current releases, newest first, one page at a time. */
export async function listIssues(page = 1, perPage = 20): Promise<IssuePage> {
  const found = await findReleases(CURRENT, page, perPage)
  return { items: found.records.map((record) => issueSummary(record.content)), page: found.page, pages: found.pages, total: found.total }
}

export type Home = { latest: IssueSummary | null; latestArticles: ArticleSummary[]; recent: IssueSummary[] }

/** The home page: the newest issue with its articles, then the ten before it. */
export async function getHome(): Promise<Home> {
  const { records } = await findReleases(CURRENT, 1, 11)
  const [latest, ...recent] = records
  return {
    latest: latest ? issueSummary(latest.content) : null,
    latestArticles: latest ? articleSummaries([latest.content]) : [],
    recent: recent.map((record) => issueSummary(record.content)),
  }
}

/** What the page says about which release it shows (null in preview: nothing is signed yet). */
export type ShownRelease = { issueId: string; revision: number; hash: string; latest: boolean }

export type IssueDetail = {
  content: ReleaseContent
  summary: IssueSummary
  release: ShownRelease | null
  /** The revision this one corrected, still readable at its own URL. */
  earlier: ReleaseLink | null
  /** The release readers get now, when this page shows an older one. */
  current: ReleaseLink | null
  previous: ReleaseLink | null
  next: ReleaseLink | null
}

const shown = (record: ReleaseRecord): ShownRelease => ({ issueId: record.issueId, revision: record.revision, hash: record.hash, latest: record.latest })

const earlierRevision = (record: ReleaseRecord) =>
  findReleaseLink(both({ issue: { equals: record.issueId } }, { revision: { less_than: record.revision } }), '-revision')

/** The neighbouring issues by publication time, each one indexed query. */
async function neighbours(publishedAt: string, slug: string): Promise<Pick<IssueDetail, 'previous' | 'next'>> {
  const others = both(CURRENT, { slug: { not_equals: slug } })
  const [previous, next] = await Promise.all([
    findReleaseLink(both(others, { publishedAt: { less_than: publishedAt } }), '-publishedAt'),
    findReleaseLink(both(others, { publishedAt: { greater_than: publishedAt } }), 'publishedAt'),
  ])
  return { previous, next }
}

async function previewIssue(viewer: Extract<Viewer, { preview: true }>, slug: string): Promise<IssueDetail | null> {
  const content = await previewRelease(await getPayloadClient(), viewer.user, slug)
  if (!content) return null
  return { content, summary: issueSummary(content), release: null, earlier: null, current: null, ...(await neighbours(content.publishedAt, slug)) }
}

/** An issue as readers get it now (its latest release), or the live draft in preview. */
export async function getIssue(viewer: Viewer, slug: string): Promise<IssueDetail | null> {
  if (viewer.preview) return previewIssue(viewer, slug)
  const record = await findRelease(both(CURRENT, { slug: { equals: slug } }))
  if (!record) return null
  const [earlier, around] = await Promise.all([earlierRevision(record), neighbours(record.publishedAt, slug)])
  return { content: record.content, summary: issueSummary(record.content), release: shown(record), earlier, current: null, ...around }
}

/** One revision's release of an issue, at its stable URL, with a link to the current one when newer. */
export async function getIssueRevision(slug: string, revision: number): Promise<IssueDetail | null> {
  if (!Number.isSafeInteger(revision) || revision < 1) return null
  const record = await findRelease(both({ slug: { equals: slug } }, { revision: { equals: revision } }))
  if (!record) return null
  const [earlier, current] = await Promise.all([
    earlierRevision(record),
    record.latest ? null : findReleaseLink(both(CURRENT, { issue: { equals: record.issueId } }), '-publishedAt'),
  ])
  return { content: record.content, summary: issueSummary(record.content), release: shown(record), earlier, current, previous: null, next: null }
}

export const FEED_SIZE = 50

/** The site feeds' material: the newest issues and their articles. */
export async function getFeedIssues(): Promise<{ issues: IssueSummary[]; articles: ArticleSummary[] }> {
  const { records } = await findReleases(CURRENT, 1, FEED_SIZE)
  const contents = records.map((record) => record.content)
  return { issues: contents.map(issueSummary), articles: articleSummaries(contents) }
}
