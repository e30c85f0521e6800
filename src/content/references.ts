/** A cited source as the reference list needs it. */
export type ReferenceSource = { id: number | string; url: string | null; title?: string | null; titleZh?: string | null }

export type ArticleWithSources = { sources?: readonly (ReferenceSource | number | string | null)[] | null }

export type Reference = ReferenceSource & { number: number }

/**
 * The numbered reference list of an issue: the ordered union of the sources its articles cite,
 * in article order, each source once (numbered where it is first cited).
 */
export function deriveReferences(articles: readonly ArticleWithSources[]): Reference[] {
  const seen = new Set<string>()
  const references: Reference[] = []
  for (const article of articles) {
    for (const source of article.sources ?? []) {
      if (source == null || typeof source !== 'object') continue
      const key = String(source.id)
      if (seen.has(key)) continue
      seen.add(key)
      references.push({ ...source, number: references.length + 1 })
    }
  }
  return references
}

/** The reference numbers an article cites, in its own order, given the reference list. */
export function referenceNumbersFor(article: ArticleWithSources, references: readonly Reference[]): number[] {
  const numberById = new Map(references.map((reference) => [String(reference.id), reference.number]))
  const numbers: number[] = []
  for (const source of article.sources ?? []) {
    if (source == null) continue
    const id = typeof source === 'object' ? source.id : source
    const number = numberById.get(String(id))
    if (number !== undefined && !numbers.includes(number)) numbers.push(number)
  }
  return numbers
}
