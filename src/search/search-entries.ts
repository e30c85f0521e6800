import type { ReleaseContent } from '../release/release-content'
import { sectionText } from '../release/release-index'
import { articleSummary, type ArticleSummary } from '../site/release-view'

/**
 * One searchable row per section of a current release: the database narrows by `contains` on
 * `searchText` (one condition per query word, filters by think tank and year, paginated), and the
 * page of rows it returns is ranked and highlighted here. `searchText` is NFKC and lower-cased, so
 * queries match on both databases the same way.
 */
export type SearchEntry = {
  claim: string
  issueSlug: string
  articleSlug: string
  thinkTankSlug: string | null
  year: number
  publishedAt: string
  headline: string
  /** Headline and body as readers see them (the excerpt is cut from it). */
  text: string
  searchText: string
  summary: ArticleSummary
}

export const normaliseForSearch = (text: string): string => text.normalize('NFKC').toLowerCase()

export function searchEntriesOf(content: ReleaseContent, claim: string): SearchEntry[] {
  const year = new Date(content.publishedAt).getUTCFullYear()
  return content.sections.map((section) => {
    const text = sectionText(section)
    const tank = section.thinkTank
    const names = tank ? [tank.name, tank.nameEn, tank.acronym ?? ''].join(' ') : ''
    return {
      claim,
      issueSlug: content.issue.slug,
      articleSlug: section.slug,
      thinkTankSlug: tank?.slug ?? null,
      year,
      publishedAt: content.publishedAt,
      headline: section.headline,
      text,
      searchText: normaliseForSearch(`${text}\n${names}\n${section.topics.join(' ')}`),
      summary: articleSummary(content, section),
    }
  })
}
