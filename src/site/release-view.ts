import type { ReleaseContent, ReleaseCorrection, ReleaseSection, ReleaseSource } from '../release/release-content'
import { sectionText } from '../release/release-index'
import { lexicalToPlainText, type LexicalDocument } from '../richtext/lexical-json'
import type { SearchDocument } from '../search/search-text'

/*
 * What reader pages show of a release, derived from its content alone: lists, permalinks, feeds
 * and search all describe an issue or article exactly as the signed snapshot does.
 */
export type ThinkTankSummary = { slug: string; name: string; nameEn: string; acronym: string | null }

export type IssueSummary = {
  /** The issue's id (the release content's issue key). */
  id: string
  slug: string
  title: string
  number: number
  newsletterTitle: string | null
  publishedOn: string
  articleSlugs: string[]
}

export type ArticleSummary = {
  slug: string
  headline: string
  excerpt: string
  thinkTank: ThinkTankSummary | null
  topics: string[]
  issue: { slug: string; title: string; number: number }
  publishedOn: string
}

export const issuePath = (slug: string): string => `/issues/${slug}`
export const revisionPath = (slug: string, revision: number): string => `/issues/${slug}/r/${revision}`

export const issueSummary = (content: ReleaseContent): IssueSummary => ({
  id: content.issue.key,
  slug: content.issue.slug,
  title: content.issue.title,
  number: content.issue.number,
  newsletterTitle: content.issue.newsletter.title || null,
  publishedOn: content.publishedAt,
  articleSlugs: content.sections.map((section) => section.slug),
})

export const articleSummary = (content: ReleaseContent, section: ReleaseSection): ArticleSummary => ({
  slug: section.slug,
  headline: section.headline,
  excerpt: lexicalToPlainText(section.body as LexicalDocument | null).slice(0, 140),
  thinkTank: section.thinkTank
    ? { slug: section.thinkTank.slug, name: section.thinkTank.name, nameEn: section.thinkTank.nameEn, acronym: section.thinkTank.acronym }
    : null,
  topics: section.topics,
  issue: { slug: content.issue.slug, title: content.issue.title, number: content.issue.number },
  publishedOn: content.publishedAt,
})

/** The articles of releases (newest release first), optionally only the sections that `keep`. */
export const articleSummaries = (contents: readonly ReleaseContent[], keep: (section: ReleaseSection) => boolean = () => true): ArticleSummary[] =>
  contents.flatMap((content) => content.sections.filter(keep).map((section) => articleSummary(content, section)))

/** The sources a section cites, in its order. */
export function sectionSources(content: ReleaseContent, section: ReleaseSection): ReleaseSource[] {
  const byKey = new Map(content.sources.map((source) => [source.key, source]))
  return section.sources.flatMap((key) => {
    const source = byKey.get(key)
    return source ? [source] : []
  })
}

/** Each section of a release as a search document (headline + body text). */
export const sectionSearchDocuments = (content: ReleaseContent): SearchDocument<ArticleSummary>[] =>
  content.sections.map((section) => ({ item: articleSummary(content, section), title: section.headline, text: sectionText(section) }))

/** The day a correction was made, as shown to readers (UTC, YYYY-MM-DD). */
export const correctionDate = (correction: ReleaseCorrection): string => correction.correctedAt.slice(0, 10)

/**
 * schema.org JSON-LD of an issue page: an Article whose `correction` is a CorrectionComment when
 * this revision corrects an earlier one, and whose identifier is the release's SHA-256.
 */
export function issueJsonLd(content: ReleaseContent, options: { url: string; hash: string | null }): Record<string, unknown> {
  const { correction } = content
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: content.issue.title,
    url: options.url,
    inLanguage: 'zh-CN',
    dateModified: content.publishedAt,
    version: content.revision,
    isPartOf: { '@type': 'Periodical', name: content.issue.newsletter.title },
    ...(options.hash ? { identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: options.hash } } : {}),
    ...(correction ? { correction: { '@type': 'CorrectionComment', text: correction.note, datePublished: correction.correctedAt } } : {}),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')
