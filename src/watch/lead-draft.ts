/** A lead as read from a feed entry or a report page, before it is stored: every text is plain text. */
export type LeadDraft = {
  url: string
  title: string
  summary: string
  authors: string[]
  publishedAt?: Date
}

/** A date a feed or page gives, when it is one; undefined for blanks and garbage. */
export function readDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = value instanceof Date ? value : new Date(value.trim())
  const time = date.getTime()
  // Years outside 1900–2200 are a feed's mistake, not a report's date.
  if (Number.isNaN(time) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2200) return undefined
  return date
}

/** Names, trimmed, without blanks or repeats (case-insensitive), in the order given. */
export function uniqueNames(names: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of names) {
    const name = (raw ?? '').replace(/\s+/g, ' ').trim()
    const key = name.toLowerCase()
    if (name === '' || seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}
