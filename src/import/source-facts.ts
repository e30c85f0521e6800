/** What a section's body states about the report it summarises. */
export type SourceFacts = { month: string | null; titleZh: string | null; authors: string[] }

const titleCase = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .map((word) => (word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ')

const LATIN_NAME = "[A-Za-z][A-Za-z.'’-]*(?:\\s+[A-Za-z][A-Za-z.'’-]*){1,3}"

/** The first "2025年3月" in the text, as `2025-03`. */
export function statedMonth(text: string): string | null {
  const match = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text)
  if (!match) return null
  const month = Number(match[2])
  return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : null
}

/**
 * Reads the report's month, Chinese title (the first 《…》) and authors ("由A与B联合撰写",
 * "研究员A发表", "作者A") from a section's body. Names are title-cased.
 */
export function extractSourceFacts(body: readonly string[]): SourceFacts {
  const text = body.join('\n')
  const titleZh = /《([^》]{2,120})》/.exec(text)?.[1] ?? null
  const authors: string[] = []
  const byline = new RegExp(`由\\s*(${LATIN_NAME}(?:\\s*(?:与|和|、|及|,|，)\\s*${LATIN_NAME})*)\\s*(?:联合|共同)?(?:撰写|发表|完成)`).exec(text)
  if (byline) authors.push(...byline[1]!.split(/\s*(?:与|和|、|及|,|，)\s*/))
  const researcher = new RegExp(`(?:研究员|作者|学者|高级研究员)\\s*(${LATIN_NAME})\\s*(?:发表|撰写|指出|认为)`).exec(text)
  if (authors.length === 0 && researcher) authors.push(researcher[1]!)
  return { month: statedMonth(text), titleZh, authors: [...new Set(authors.map(titleCase))] }
}

/** An English title from a report URL's last path segment, for when the text names none. */
export function titleFromUrl(url: string): string | null {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).pop()
    if (!segment) return null
    const words = decodeURIComponent(segment).replace(/\.[a-z]{2,5}$/i, '').split(/[-_]+/).filter(Boolean)
    if (words.length === 0) return null
    const minor = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'or', 'vs'])
    return words
      .map((word, index) => (index > 0 && minor.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
      .join(' ')
  } catch {
    return null
  }
}
