/**
 * Search for Chinese (and English) text. Chinese has no spaces, so a query is cut into words with
 * Intl.Segmenter; a document matches when it contains every word. Matching is on substrings, so a
 * word the segmenter cuts differently in the document ("出口管制" vs "出口 管制") still matches.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

const MAX_TERMS = 8

/** The words of a query: word-like segments, lower-cased, without duplicates (at most eight). */
export function queryTerms(query: string): string[] {
  const terms: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(query.normalize('NFKC').trim().slice(0, 200))) {
    const term = segment.toLowerCase()
    if (isWordLike && term.trim() !== '' && !terms.includes(term)) terms.push(term)
  }
  return terms.slice(0, MAX_TERMS)
}

export type SearchDocument<T> = { item: T; title: string; text: string }
export type SearchHit<T> = { item: T; score: number; excerpt: string }

const count = (haystack: string, needle: string) => {
  let found = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found += 1
  return found
}

/** Documents containing every term, best first (title matches weigh more), each with an excerpt. */
export function searchDocuments<T>(documents: readonly SearchDocument<T>[], query: string): SearchHit<T>[] {
  const terms = queryTerms(query)
  if (terms.length === 0) return []
  const hits: SearchHit<T>[] = []
  for (const document of documents) {
    const title = document.title.toLowerCase()
    const text = document.text.toLowerCase()
    if (!terms.every((term) => title.includes(term) || text.includes(term))) continue
    const score = terms.reduce((sum, term) => sum + 5 * count(title, term) + count(text, term), 0)
    // Centre the excerpt on the whole query where the text has it, else on the first word found.
    const phrase = query.normalize('NFKC').trim().toLowerCase()
    const centre = text.includes(phrase) ? [phrase] : terms
    hits.push({ item: document.item, score, excerpt: excerptAround(document.text, centre) })
  }
  return hits.sort((a, b) => b.score - a.score)
}

/** About `radius` characters either side of the first matched term. */
export function excerptAround(text: string, terms: readonly string[], radius = 60): string {
  const lower = text.toLowerCase()
  const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0))
  if (!Number.isFinite(at)) return text.slice(0, radius * 2)
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + radius)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`
}

export type Highlighted = { text: string; match: boolean }[]

/** Splits text into runs, marking the runs that are query terms (for <mark>). */
export function highlight(text: string, terms: readonly string[]): Highlighted {
  const wanted = terms.filter(Boolean)
  if (wanted.length === 0) return [{ text, match: false }]
  const lower = text.toLowerCase()
  const runs: Highlighted = []
  let index = 0
  while (index < text.length) {
    let best: { at: number; length: number } | null = null
    for (const term of wanted) {
      const at = lower.indexOf(term, index)
      if (at !== -1 && (!best || at < best.at || (at === best.at && term.length > best.length))) best = { at, length: term.length }
    }
    if (!best) {
      runs.push({ text: text.slice(index), match: false })
      break
    }
    if (best.at > index) runs.push({ text: text.slice(index, best.at), match: false })
    runs.push({ text: text.slice(best.at, best.at + best.length), match: true })
    index = best.at + best.length
  }
  return runs
}
