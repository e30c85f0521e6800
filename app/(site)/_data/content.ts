import type { Article, Issue, Newsletter, Source, ThinkTank } from '../../../payload-types'
import { SLUGS } from '../../../src/collection-slugs'
import { buildCredits, type CreditLine } from '../../../src/content/credits'
import { idOf } from '../../../src/content/ids'
import { deriveReferences, referenceNumbersFor } from '../../../src/content/references'
import { lexicalToPlainText, type LexicalDocument } from '../../../src/richtext/lexical-json'
import { queryTerms, searchDocuments } from '../../../src/search/search-text'
import { safeHref } from '../../../src/site/safe-href'
import { getPayloadClient } from './payload'
import { readAsViewer, type Viewer } from './viewer'

export type IssueSummary = {
  id: number | string
  slug: string
  title: string
  number: number
  newsletterTitle: string | null
  publishedOn: string
  articleSlugs: string[]
}
export type ThinkTankSummary = { slug: string; name: string; nameEn: string; acronym: string | null }
export type ArticleSummary = {
  slug: string
  headline: string
  excerpt: string
  thinkTank: ThinkTankSummary | null
  topics: string[]
  issue: { slug: string; title: string; number: number } | null
  publishedOn: string
}
export type SiteSource = { id: number | string; title: string; titleZh: string | null; url: string | null; authors: string[]; publishedAt: string | null }
export type IssueSection = { article: Article; thinkTank: ThinkTank | null; sources: SiteSource[]; referenceNumbers: number[] }
export type IssueDetail = {
  issue: Issue
  summary: IssueSummary
  sections: IssueSection[]
  references: (SiteSource & { number: number })[]
  credits: CreditLine[]
  previous: IssueSummary | null
  next: IssueSummary | null
}

const isObject = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null
const plain = (document: unknown) => lexicalToPlainText(document as LexicalDocument | null | undefined)

/** When a revision went out: its scheduled time, else its last final approval, else its last save. */
function publishedOn(issue: Issue): string {
  const finals = (issue.signoffs ?? []).filter((signoff) => signoff.stage === 'final' && signoff.signedAt)
  return issue.publishAt ?? finals.at(-1)?.signedAt ?? issue.updatedAt
}

const siteSource = (source: Source): SiteSource => ({
  id: source.id,
  title: source.title,
  titleZh: source.titleZh ?? null,
  url: safeHref(source.url),
  authors: source.authors ?? [],
  publishedAt: source.publishedAt ?? null,
})

const thinkTankSummary = (tank: unknown): ThinkTankSummary | null =>
  isObject<ThinkTank>(tank) ? { slug: tank.slug, name: tank.name, nameEn: tank.nameEn, acronym: tank.acronym ?? null } : null

/** Every issue a viewer may see, newest first, with the slugs of its articles. */
export async function listIssues(viewer: Viewer): Promise<IssueSummary[]> {
  const payload = await getPayloadClient()
  const [issues, newsletters] = await Promise.all([
    payload.find({ collection: SLUGS.issues, depth: 1, pagination: false, ...readAsViewer(viewer) }),
    payload.find({ collection: SLUGS.newsletters, depth: 0, pagination: false, overrideAccess: false, user: null }),
  ])
  const newsletterTitle = new Map(newsletters.docs.map((newsletter: Newsletter) => [String(newsletter.id), newsletter.title]))
  return issues.docs
    .map((issue) => ({
      id: issue.id,
      slug: issue.slug,
      title: issue.title,
      number: issue.number,
      newsletterTitle: newsletterTitle.get(String(idOf(issue.newsletter))) ?? null,
      publishedOn: publishedOn(issue),
      articleSlugs: (issue.articles ?? []).filter(isObject<Article>).map((article) => article.slug),
    }))
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.number - a.number)
}

/** Every article a viewer may see, with its issue, newest first. */
export async function listArticles(viewer: Viewer): Promise<ArticleSummary[]> {
  const payload = await getPayloadClient()
  const [articles, issues] = await Promise.all([
    payload.find({ collection: SLUGS.articles, depth: 1, pagination: false, ...readAsViewer(viewer) }),
    listIssues(viewer),
  ])
  const issueOf = (slug: string) => issues.find((issue) => issue.articleSlugs.includes(slug)) ?? null
  return articles.docs
    .map((article) => {
      const issue = issueOf(article.slug)
      return {
        slug: article.slug,
        headline: article.headline,
        excerpt: plain(article.body).slice(0, 140),
        thinkTank: thinkTankSummary(article.thinkTank),
        topics: article.topics ?? [],
        issue: issue ? { slug: issue.slug, title: issue.title, number: issue.number } : null,
        publishedOn: issue?.publishedOn ?? article.updatedAt,
      }
    })
    .filter((article) => article.issue !== null)
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
}

export async function getIssue(viewer: Viewer, slug: string): Promise<IssueDetail | null> {
  const payload = await getPayloadClient()
  const result = await payload.find({ collection: SLUGS.issues, where: { slug: { equals: slug } }, depth: 2, limit: 1, ...readAsViewer(viewer) })
  const issue = result.docs[0]
  if (!issue) return null
  const all = await listIssues(viewer)
  const index = all.findIndex((summary) => String(summary.id) === String(issue.id))
  const summary = all[index] ?? { id: issue.id, slug: issue.slug, title: issue.title, number: issue.number, newsletterTitle: null, publishedOn: publishedOn(issue), articleSlugs: [] }
  const articles = (issue.articles ?? []).filter(isObject<Article>)
  const withSources = articles.map((article) => ({ article, sources: (article.sources ?? []).filter(isObject<Source>).map(siteSource) }))
  const references = deriveReferences(withSources.map(({ sources }) => ({ sources })))
  return {
    issue,
    summary,
    sections: withSources.map(({ article, sources }) => ({
      article,
      thinkTank: isObject<ThinkTank>(article.thinkTank) ? article.thinkTank : null,
      sources,
      referenceNumbers: referenceNumbersFor({ sources }, references),
    })),
    references: references as IssueDetail['references'],
    credits: buildCredits(issue.signoffs ?? []),
    previous: index >= 0 ? (all[index + 1] ?? null) : null,
    next: index > 0 ? (all[index - 1] ?? null) : null,
  }
}

export type ArticleDetail = { article: Article; thinkTank: ThinkTank | null; sources: SiteSource[]; summary: ArticleSummary }

export async function getArticle(viewer: Viewer, slug: string): Promise<ArticleDetail | null> {
  const payload = await getPayloadClient()
  const result = await payload.find({ collection: SLUGS.articles, where: { slug: { equals: slug } }, depth: 1, limit: 1, ...readAsViewer(viewer) })
  const article = result.docs[0]
  const summary = (await listArticles(viewer)).find((candidate) => candidate.slug === slug)
  if (!article || !summary) return null
  return {
    article,
    thinkTank: isObject<ThinkTank>(article.thinkTank) ? article.thinkTank : null,
    sources: (article.sources ?? []).filter(isObject<Source>).map(siteSource),
    summary,
  }
}

export async function getThinkTank(viewer: Viewer, slug: string) {
  const payload = await getPayloadClient()
  const result = await payload.find({ collection: SLUGS.thinkTanks, where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: false, user: viewer.user })
  const thinkTank = result.docs[0]
  if (!thinkTank) return null
  const articles = (await listArticles(viewer)).filter((article) => article.thinkTank?.slug === slug)
  return { thinkTank, articles }
}

export async function getTopic(viewer: Viewer, topic: string) {
  const wanted = topic.trim().toLowerCase()
  const articles = (await listArticles(viewer)).filter((article) => article.topics.some((candidate) => candidate.toLowerCase() === wanted))
  if (articles.length === 0) return null
  const name = articles[0]!.topics.find((candidate) => candidate.toLowerCase() === wanted) ?? topic
  return { topic: name, articles }
}

export type SearchResult = ArticleSummary & { snippet: string }

/** Published articles containing every word of the query (Chinese segmented), best first. */
export async function searchArticles(viewer: Viewer, query: string): Promise<{ terms: string[]; results: SearchResult[] }> {
  const terms = queryTerms(query)
  if (terms.length === 0) return { terms, results: [] }
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: SLUGS.articles,
    where: { and: terms.map((term) => ({ searchText: { contains: term } })) },
    depth: 0,
    limit: 100,
    select: { slug: true, headline: true, searchText: true },
    ...readAsViewer(viewer),
  })
  const summaries = new Map((await listArticles(viewer)).map((summary) => [summary.slug, summary]))
  const hits = searchDocuments(
    found.docs.map((doc) => ({ item: doc.slug, title: doc.headline, text: doc.searchText ?? '' })),
    query,
  )
  return {
    terms,
    results: hits.flatMap((hit) => {
      const summary = summaries.get(hit.item)
      return summary ? [{ ...summary, snippet: hit.excerpt }] : []
    }),
  }
}
