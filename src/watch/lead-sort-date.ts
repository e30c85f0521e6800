/*
 * The inbox's order, the same on every database: newest report first by `sortAt`, which is always
 * filled — the publication date, or for a report that gives none, when the desk first saw it (so an
 * undated report stands with the others of its day instead of wherever a database puts empty dates).
 */

const instant = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

export function leadSortAt(lead: { publishedAt?: string | null; createdAt?: string | null }, now: Date): string {
  return instant(lead.publishedAt) ?? instant(lead.createdAt) ?? now.toISOString()
}
