import { lexicalToPlainText, type LexicalDocument } from '../richtext/lexical-json'
import type { ReleaseContent, ReleaseSection } from './release-content'

/**
 * What the database indexes of a release, so reader pages can query instead of loading the archive.
 * Derived from the content (never signed separately): the same content always gives the same index.
 */
export type ReleaseIndex = {
  slug: string
  year: number
  articleSlugs: string[]
  thinkTankSlugs: string[]
  topics: string[]
  searchText: string
}

export const sectionText = (section: ReleaseSection): string =>
  `${section.headline}\n${lexicalToPlainText(section.body as LexicalDocument | null)}`

const unique = (values: readonly string[]) => [...new Set(values)]

export function releaseIndex(content: ReleaseContent): ReleaseIndex {
  return {
    slug: content.issue.slug,
    year: new Date(content.publishedAt).getUTCFullYear(),
    articleSlugs: unique(content.sections.map((section) => section.slug)),
    thinkTankSlugs: unique(content.sections.flatMap((section) => (section.thinkTank ? [section.thinkTank.slug] : []))),
    topics: unique(content.sections.flatMap((section) => section.topics)),
    searchText: [content.issue.title, lexicalToPlainText(content.issue.intro as LexicalDocument | null), ...content.sections.map(sectionText)]
      .join('\n')
      .toLowerCase(),
  }
}
