import type { PayloadRequest, Where } from 'payload'

import type { Article, Issue, Source, ThinkTank } from '../../payload-types'
import { runEditorialChecks } from '../../src/checks/run-checks'
import { DEFAULT_STYLE_TERMS } from '../../src/checks/style-terms'
import type { CheckedThinkTank, CheckFinding, CheckLanguage, PriorCitation } from '../../src/checks/types'
import { GLOBAL_SLUGS, SLUGS } from '../../src/collection-slugs'
import { idOf, idsOf } from '../../src/content/ids'
import { keptPerObject } from '../../src/content/kept-per-object'
import { registryStyleTerms } from '../../src/registry/registry-style-terms'
import { lexicalToPlainText, type LexicalDocument } from '../../src/richtext/lexical-json'
import { canonicalUrl } from '../../src/watch/canonical-url'
import { contentFingerprint, type ContentFingerprint } from '../../src/workflow/content-fingerprint'
import { requestLanguage } from '../payload/request-language'
import { memoInRequest } from '../payload/request-memo'
import { loadStamped } from '../payload/stamped-cache'
import { releaseIdsCiting } from '../releases/releases-citing'
import { readAs } from './read-as'
import { loadReleaseFrame, type ReleaseFrame } from './release-frame'

export type IssueContent = {
  articles: Article[]
  sources: Source[]
  fingerprint: ContentFingerprint
  findings: CheckFinding[]
  /** Everything a release of this revision would show, but the sign-offs and the publication time. */
  release: ReleaseFrame
}

const asText = (value: unknown) => lexicalToPlainText(value as LexicalDocument | null | undefined)

const REGISTRY_STYLE_TERMS = registryStyleTerms()

/**
 * The style list admins keep (until it is first saved, the built-in one) and the registry's names.
 * Read once per request; the system (an import run) reads it again only after the list was saved.
 */
export const loadStyleTerms = (req: PayloadRequest): Promise<string[]> =>
  memoInRequest(req, 'styleTerms', () =>
    loadStamped(
      req,
      'styleTerms',
      async () => {
        const saved = await req.payload.findGlobal({ slug: GLOBAL_SLUGS.styleGuide, select: { updatedAt: true }, depth: 0, req, ...readAs(req) })
        return String(saved.updatedAt ?? '')
      },
      async () => {
        const guide = await req.payload.findGlobal({ slug: GLOBAL_SLUGS.styleGuide, depth: 0, req, ...readAs(req) })
        const terms = guide.terms == null ? [...DEFAULT_STYLE_TERMS] : guide.terms.map((entry) => entry.term)
        const own = new Set(terms.map((term) => term.toLowerCase()))
        // The registry's acronyms and names, unless the admins' list spells them otherwise.
        return [...terms, ...REGISTRY_STYLE_TERMS.filter((term) => !own.has(term.toLowerCase()))]
      },
    ),
  )

export const THINK_TANKS_MEMO = 'thinkTanks'

/**
 * Every think tank (the checks tell heading names apart with them). Read once per request; the
 * system (an import run: two requests per file) reads the whole registry again only when a think
 * tank was added, changed or removed since, which the count and newest `updatedAt` tell.
 */
export const loadThinkTanks = (req: PayloadRequest): Promise<readonly ThinkTank[]> =>
  memoInRequest(req, THINK_TANKS_MEMO, () =>
    loadStamped(
      req,
      THINK_TANKS_MEMO,
      async () => {
        const newest = await req.payload.find({ collection: SLUGS.thinkTanks, sort: '-updatedAt', select: { updatedAt: true }, depth: 0, limit: 1, req, ...readAs(req) })
        return `${newest.totalDocs}:${newest.docs[0]?.id ?? ''}:${newest.docs[0]?.updatedAt ?? ''}`
      },
      async () => (await req.payload.find({ collection: SLUGS.thinkTanks, depth: 0, pagination: false, req, ...readAs(req) })).docs,
    ),
  )

export const checkedThinkTank = (tank: ThinkTank): CheckedThinkTank & { slug: string } => ({
  id: tank.id,
  slug: tank.slug,
  name: tank.name,
  nameEn: tank.nameEn,
  acronym: tank.acronym,
  domains: tank.domains ?? [],
  aliases: [...(tank.nameVariants ?? []), ...(tank.nameEnVariants ?? [])],
  registered: Boolean(tank.registryKey),
})

/**
 * Every think tank as the checks take them. The same list for the same loaded list (the system keeps the
 * registry between requests, loadThinkTanks): the checks index names by list, and building that index for
 * a registry of hundreds was a tenth of an archive import's time when every file brought a new list.
 */
export const checkedThinkTanks: (thinkTanks: readonly ThinkTank[]) => readonly (CheckedThinkTank & { slug: string })[] = keptPerObject((thinkTanks) =>
  thinkTanks.map(checkedThinkTank),
)

/**
 * The current releases of other issues citing any of `urls` (found by the releases' indexed source
 * URLs), and this issue's own releases (their dates tell which issues were published before it).
 */
export async function loadPriorCitations(req: PayloadRequest, issueId: Issue['id'], urls: readonly (string | null | undefined)[]): Promise<PriorCitation[]> {
  const canonical = [...new Set(urls.flatMap((url) => (url ? [canonicalUrl(url)].filter((value): value is string => !!value) : [])))]
  if (canonical.length === 0) return []
  const citing = await releaseIdsCiting(req, canonical)
  const others: Where[] = citing.length === 0 ? [] : [{ and: [{ id: { in: citing } }, { latest: { equals: true } }, { issue: { not_equals: issueId } }] }]
  const releases = await req.payload.find({
    collection: SLUGS.releases,
    where: { or: [...others, { issue: { equals: issueId } }] },
    select: { issue: true, number: true, title: true, publishedAt: true, sourceUrls: true },
    depth: 0,
    pagination: false,
    req,
    ...readAs(req),
  })
  return releases.docs.map((release) => ({
    issueId: idOf(release.issue) ?? '',
    number: release.number,
    title: release.title,
    publishedAt: release.publishedAt,
    urls: release.sourceUrls ?? [],
  }))
}

/** The language of the request's finding messages: the admin's language cookie, else Accept-Language, else Chinese (Payload's `req.i18n`). */
export const findingLanguage = (req: PayloadRequest): CheckLanguage => requestLanguage(req)

type IssueRecords = { articles: Article[]; sources: Source[]; thinkTanks: readonly ThinkTank[]; release: ReleaseFrame }

/** What a release of the issue's latest revision (or with `draft: false` its published one) shows, and the records it comes from. */
export async function loadIssueRelease(req: PayloadRequest, issue: Issue, { draft = true }: { draft?: boolean } = {}): Promise<IssueRecords> {
  const articleIds = idsOf(issue.articles)
  const articles =
    articleIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: SLUGS.articles,
            where: { id: { in: articleIds } },
            draft,
            depth: 0,
            pagination: false,
            req,
            ...readAs(req),
          })
        ).docs
  const sourceIds = [...new Set(articles.flatMap((article) => idsOf(article.sources)).map(String))]
  const sources =
    sourceIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: SLUGS.sources,
            where: { id: { in: sourceIds } },
            depth: 0,
            pagination: false,
            req,
            ...readAs(req),
          })
        ).docs
  const thinkTanks = await loadThinkTanks(req)
  const articleById = new Map(articles.map((article) => [String(article.id), article]))
  const ordered = articleIds.map((id) => articleById.get(String(id))).filter((article): article is Article => !!article)
  return { articles: ordered, sources, thinkTanks, release: await loadReleaseFrame(req, issue, ordered, sources, thinkTanks) }
}

/**
 * An issue's articles (their latest revision, or with `draft: false` their published one) and
 * sources: what a sign-off now would cover; the findings in the request's language unless one is given.
 */
export async function loadIssueContent(
  req: PayloadRequest,
  issue: Issue,
  { draft = true, language = findingLanguage(req) }: { draft?: boolean; language?: CheckLanguage } = {},
): Promise<IssueContent> {
  const articleIds = idsOf(issue.articles)
  const { articles: ordered, sources, thinkTanks, release } = await loadIssueRelease(req, issue, { draft })
  // One after the other: inside a workflow action's transaction they share one connection.
  const styleTerms = await loadStyleTerms(req)
  const priorCitations = await loadPriorCitations(req, issue.id, sources.map((source) => source.url))
  const checkedTanks = checkedThinkTanks(thinkTanks)
  const tankById = new Map(checkedTanks.map((tank) => [String(tank.id), tank]))
  const tankOf = (value: unknown) => tankById.get(String(idOf(value))) ?? null
  const sourceById = new Map(sources.map((source) => [String(source.id), source]))
  // Sign-offs bind what readers would get: names of think tanks and the newsletter, the cover image.
  const fingerprint = contentFingerprint({
    issue: {
      title: issue.title,
      number: issue.number,
      slug: issue.slug,
      newsletter: release.newsletter,
      intro: issue.intro,
      articleIds,
      cover: release.cover,
      publishAt: issue.publishAt ?? null,
      displayOptions: { showReferenceTitles: !!issue.displayOptions?.showReferenceTitles, featured: !!issue.displayOptions?.featured },
    },
    articles: ordered.map((article) => ({
      id: article.id,
      headline: article.headline,
      body: article.body,
      thinkTank: release.articles.find((entry) => String(entry.id) === String(article.id))?.thinkTank ?? null,
      sourceIds: idsOf(article.sources),
      topics: article.topics ?? [],
    })),
    sources: sources.map((source) => ({
      id: source.id,
      title: source.title,
      titleZh: source.titleZh,
      url: source.url,
      authors: source.authors ?? [],
      publishedAt: source.publishedAt,
      thinkTank: release.sources.find((entry) => String(entry.id) === String(source.id))?.thinkTank ?? null,
    })),
  })
  // Checked when asked for: publishing a revision (which needs only `release`) runs no checks it ignores.
  const checks = () => runEditorialChecks({
    id: issue.id,
    title: issue.title,
    priorCitations,
    introText: asText(issue.intro),
    thinkTanks: checkedTanks,
    styleTerms,
    articles: ordered.map((article) => ({
      id: article.id,
      headline: article.headline,
      bodyText: asText(article.body),
      thinkTank: tankOf(article.thinkTank),
      originalHeading: article.originalHeading?.name || article.originalHeading?.nameEn ? article.originalHeading : null,
      sources: idsOf(article.sources)
        .map((id) => sourceById.get(String(id)))
        .filter((source): source is Source => !!source)
        .map((source) => ({
          id: source.id,
          url: source.url,
          title: source.title,
          publishedAt: source.publishedAt,
          thinkTank: tankOf(source.thinkTank),
        })),
    })),
  }, language)
  let findings: CheckFinding[] | undefined
  return {
    articles: ordered,
    sources,
    fingerprint,
    release,
    get findings() {
      findings ??= checks()
      return findings
    },
  }
}
