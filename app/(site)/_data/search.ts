import { queryTerms, searchDocuments } from '../../../src/search/search-text'
import { sectionSearchDocuments, type ArticleSummary } from '../../../src/site/release-view'
import { both, CURRENT, findReleases } from './releases'

export type SearchResult = ArticleSummary & { snippet: string }

/** How many matching issues are ranked; the database narrows them first. */
const CANDIDATES = 100

/**
 * Articles of current releases containing every word of the query (Chinese segmented), best
 * first: the database finds the releases whose text contains every term, then their sections are
 * ranked one by one, so an article matches only when it has every term itself.
 */
export async function searchArticles(query: string): Promise<{ terms: string[]; results: SearchResult[] }> {
  const terms = queryTerms(query)
  if (terms.length === 0) return { terms, results: [] }
  const { records } = await findReleases(both(CURRENT, ...terms.map((term) => ({ searchText: { contains: term } }))), 1, CANDIDATES)
  const hits = searchDocuments(
    records.flatMap((record) => sectionSearchDocuments(record.content)),
    query,
  )
  return { terms, results: hits.map((hit) => ({ ...hit.item, snippet: hit.excerpt })) }
}
