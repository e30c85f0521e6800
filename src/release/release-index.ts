import { isRecord } from '../content/is-record'
import { lexicalToPlainText, type LexicalDocument } from '../richtext/lexical-json'
import { canonicalUrl } from '../watch/canonical-url'
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
  /** The canonical URLs of the sources it cites (src/watch/canonical-url), so a check can find earlier citations. */
  sourceUrls: string[]
  searchText: string
  /** The stored file name of the cover image, so the media collection can tell released images. */
  coverFilename: string | null
}

/** The file name at the end of an upload's URL (`/api/media/file/<name>`). */
export function uploadFilename(url: string | null | undefined): string | null {
  const last = url?.split('?')[0]?.split('/').pop()
  if (!last) return null
  try {
    return decodeURIComponent(last)
  } catch {
    return null
  }
}

export const sectionText = (section: ReleaseSection): string =>
  `${section.headline}\n${lexicalToPlainText(section.body as LexicalDocument | null)}`

const unique = (values: readonly string[]) => [...new Set(values)]

/** The canonical URLs of the sources a release cites, each once, in the content's order. */
export function releaseSourceUrls(content: { sources: ReadonlyArray<{ url: string | null }> }): string[] {
  return unique(content.sources.flatMap((source) => {
    const url = source.url ? canonicalUrl(source.url) : undefined
    return url ? [url] : []
  }))
}

/** The same from a stored release's `content` (JSON as read back); none when it has no list of sources. */
export function storedReleaseSourceUrls(content: unknown): string[] {
  if (!isRecord(content) || !Array.isArray(content.sources)) return []
  return releaseSourceUrls({ sources: content.sources.filter(isRecord).map((source) => ({ url: typeof source.url === 'string' ? source.url : null })) })
}

export function releaseIndex(content: ReleaseContent): ReleaseIndex {
  return {
    slug: content.issue.slug,
    year: new Date(content.publishedAt).getUTCFullYear(),
    articleSlugs: unique(content.sections.map((section) => section.slug)),
    thinkTankSlugs: unique(content.sections.flatMap((section) => (section.thinkTank ? [section.thinkTank.slug] : []))),
    topics: unique(content.sections.flatMap((section) => section.topics)),
    sourceUrls: releaseSourceUrls(content),
    coverFilename: uploadFilename(content.issue.cover?.url),
    searchText: [content.issue.title, lexicalToPlainText(content.issue.intro as LexicalDocument | null), ...content.sections.map(sectionText)]
      .join('\n')
      .toLowerCase(),
  }
}
