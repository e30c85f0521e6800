import { buildCredits, type CreditSignoff } from '../content/credits'
import type { Id } from '../content/ids'
import { deriveReferences, referenceNumbersFor } from '../content/references'
import { safeHref } from '../site/safe-href'
import {
  RELEASE_FORMAT,
  type ReleaseContent,
  type ReleaseCorrection,
  type ReleaseImage,
  type ReleaseSource,
  type ReleaseThinkTank,
} from './release-content'

export type ReleaseInputSource = Omit<ReleaseSource, 'key' | 'url'> & { id: Id; url: string | null | undefined }

export type ReleaseInputArticle = {
  id: Id
  slug: string
  headline: string
  body: unknown
  topics: readonly string[]
  thinkTank: ReleaseThinkTank | null
  sourceIds: readonly Id[]
}

export type ReleaseInput = {
  issue: { id: Id; slug: string; title: string; number: number; intro: unknown; showReferenceTitles: boolean }
  newsletter: { slug: string; title: string; titleEn: string | null }
  cover: ReleaseImage | null
  /** In the issue's order. */
  articles: readonly ReleaseInputArticle[]
  sources: readonly ReleaseInputSource[]
  signoffs: readonly CreditSignoff[]
  revision: number
  publishedAt: string
  correction: ReleaseCorrection | null
}

/** The frozen reader-facing snapshot of one revision (see release-content.ts). Pure. */
export function buildReleaseContent(input: ReleaseInput): ReleaseContent {
  const sourceById = new Map(input.sources.map((source) => [String(source.id), source]))
  const cited = input.articles.map((article) => ({
    article,
    sources: article.sourceIds
      .map((id) => sourceById.get(String(id)))
      .filter((source): source is ReleaseInputSource => source !== undefined)
      .map((source) => ({ id: String(source.id), url: safeHref(source.url ?? null), title: source.title, titleZh: source.titleZh })),
  }))
  const references = deriveReferences(cited)
  return {
    format: RELEASE_FORMAT,
    issue: {
      key: String(input.issue.id),
      slug: input.issue.slug,
      title: input.issue.title,
      number: input.issue.number,
      newsletter: input.newsletter,
      intro: input.issue.intro ?? null,
      cover: input.cover,
      showReferenceTitles: input.issue.showReferenceTitles,
    },
    revision: input.revision,
    publishedAt: input.publishedAt,
    sections: cited.map(({ article, sources }) => ({
      key: String(article.id),
      slug: article.slug,
      headline: article.headline,
      body: article.body ?? null,
      thinkTank: article.thinkTank,
      topics: [...article.topics],
      sources: sources.map((source) => source.id),
      referenceNumbers: referenceNumbersFor({ sources }, references),
    })),
    // In the order of the references (the order readers meet them), whatever order the records were read in.
    sources: references
      .map((reference) => sourceById.get(String(reference.id))!)
      .map((source) => ({
        key: String(source.id),
        title: source.title,
        titleZh: source.titleZh,
        url: safeHref(source.url ?? null),
        authors: [...source.authors],
        publishedAt: source.publishedAt,
        thinkTank: source.thinkTank,
      })),
    references: references.map((reference) => ({
      number: reference.number,
      source: String(reference.id),
      title: reference.title ?? '',
      titleZh: reference.titleZh ?? null,
      url: reference.url,
    })),
    credits: buildCredits(input.signoffs),
    correction: input.correction,
  }
}
