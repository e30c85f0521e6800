/** The most pages a reader list goes to (far beyond any archive; keeps offsets within the database's integers). */
export const MAX_READER_PAGE = 10_000

/**
 * A reader page's `?page=`: absent or empty is page 1; a whole number from 1 to MAX_READER_PAGE is
 * that page; anything else (`1e21`, `-1`, `2.5`, 20 digits, a list) is null, and the page answers
 * its own 404 instead of asking the database for it.
 */
export function readerPageNumber(raw: unknown): number | null {
  if (raw === undefined || raw === null || raw === '') return 1
  if (typeof raw !== 'string' || !/^\d{1,5}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 1 && page <= MAX_READER_PAGE ? page : null
}
