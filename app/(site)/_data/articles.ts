import { issueSlugOfArticle, previewRelease } from '../../../services/workflow/preview-release'
import type { ReleaseContent, ReleaseSection, ReleaseSource, ReleaseThinkTank } from '../../../src/release/release-content'
import { articleSummaries, articleSummary, sectionSources, type ArticleSummary } from '../../../src/site/release-view'
import { getPayloadClient } from './payload'
import { both, CURRENT, findRelease, findReleases } from './releases'
import type { Viewer } from './viewer'

export type ArticleDetail = { section: ReleaseSection; sources: ReleaseSource[]; summary: ArticleSummary }

const detailOf = (content: ReleaseContent | null, slug: string): ArticleDetail | null => {
  const section = content?.sections.find((candidate) => candidate.slug === slug)
  return content && section ? { section, sources: sectionSources(content, section), summary: articleSummary(content, section) } : null
}

/** An article as its issue's current release has it, or as the live draft of its issue in preview. */
export async function getArticle(viewer: Viewer, slug: string): Promise<ArticleDetail | null> {
  if (viewer.preview) {
    const payload = await getPayloadClient()
    const issueSlug = await issueSlugOfArticle(payload, viewer.user, slug)
    return issueSlug ? detailOf(await previewRelease(payload, viewer.user, issueSlug), slug) : null
  }
  const record = await findRelease(both(CURRENT, { articleSlugs: { equals: slug } }))
  return detailOf(record?.content ?? null, slug)
}

export type ArticlePage = { articles: ArticleSummary[]; page: number; pages: number }

const PER_PAGE = 20

export type ThinkTankDetail = ArticlePage & { thinkTank: ReleaseThinkTank }

/** A think tank as its newest release describes it, with its articles (a page of issues at a time). */
export async function getThinkTank(slug: string, page = 1): Promise<ThinkTankDetail | null> {
  const where = both(CURRENT, { thinkTankSlugs: { equals: slug } })
  const [newest, found] = await Promise.all([findRelease(where), findReleases(where, page, PER_PAGE)])
  const thinkTank = newest?.content.sections.find((section) => section.thinkTank?.slug === slug)?.thinkTank
  if (!thinkTank) return null
  const articles = articleSummaries(
    found.records.map((record) => record.content),
    (section) => section.thinkTank?.slug === slug,
  )
  return { thinkTank, articles, page: found.page, pages: found.pages }
}

export type TopicDetail = ArticlePage & { topic: string }

/** The articles of a topic (exact name; a lower-cased spelling also matches), a page of issues at a time. */
export async function getTopic(topic: string, page = 1): Promise<TopicDetail | null> {
  const name = topic.trim()
  const spellings = [...new Set([name, name.toLowerCase()])]
  const found = await findReleases(both(CURRENT, { topics: { in: spellings } }), page, PER_PAGE)
  const wanted = name.toLowerCase()
  const matches = (candidate: string) => candidate.toLowerCase() === wanted
  const articles = articleSummaries(
    found.records.map((record) => record.content),
    (section) => section.topics.some(matches),
  )
  if (articles.length === 0) return null
  return { topic: articles[0]!.topics.find(matches) ?? name, articles, page: found.page, pages: found.pages }
}
