import type { Where } from 'payload'

import { SLUGS } from '../../../src/collection-slugs'
import { queryTerms, searchDocuments } from '../../../src/search/search-text'
import type { ArticleSummary } from '../../../src/site/release-view'
import { getPayloadClient } from './payload'

export type SearchResult = ArticleSummary & { snippet: string }
export type SearchFilters = { thinkTank?: string; year?: number }
export type SearchPage = { terms: string[]; results: SearchResult[]; page: number; pages: number; total: number }

export const SEARCH_PER_PAGE = 20

/**
 * Articles of current releases containing every word of the query (Chinese segmented with
 * Intl.Segmenter), optionally of one think tank or year. The search index (`search-entries`, one
 * row per article) finds and counts them in the database, newest first, 20 to a page; the page is
 * then ranked (headline matches first, then how often the words occur) and excerpted.
 */
export async function searchArticles(query: string, filters: SearchFilters = {}, page = 1): Promise<SearchPage> {
  const terms = queryTerms(query)
  if (terms.length === 0) return { terms, results: [], page: 1, pages: 1, total: 0 }
  const where: Where = {
    and: [
      ...terms.map((term) => ({ searchText: { contains: term } })),
      ...(filters.thinkTank ? [{ thinkTankSlug: { equals: filters.thinkTank } }] : []),
      ...(filters.year ? [{ year: { equals: filters.year } }] : []),
    ],
  }
  const payload = await getPayloadClient()
  const query_ = (at: number) =>
    payload.find({
      collection: SLUGS.searchEntries,
      where,
      sort: '-publishedAt',
      limit: SEARCH_PER_PAGE,
      page: at,
      select: { headline: true, text: true, summary: true },
      overrideAccess: false,
      user: null,
      depth: 0,
    })
  const wanted = Math.max(1, Math.floor(page) || 1)
  let found = await query_(wanted)
  if (found.docs.length === 0 && found.totalPages > 0 && wanted > found.totalPages) found = await query_(found.totalPages)
  const hits = searchDocuments(
    found.docs.map((entry) => ({ item: entry.summary as ArticleSummary, title: entry.headline, text: entry.text })),
    query,
  )
  return {
    terms,
    results: hits.map((hit) => ({ ...hit.item, snippet: hit.excerpt })),
    page: found.page ?? wanted,
    pages: Math.max(1, found.totalPages),
    total: found.totalDocs,
  }
}
