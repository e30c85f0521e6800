/** Issues grouped by year (newest first), for the archive page. */
export function groupByYear<T extends { publishedOn: string }>(items: readonly T[]): { year: number; items: T[] }[] {
  const years = new Map<number, T[]>()
  for (const item of items) {
    const year = new Date(item.publishedOn).getUTCFullYear()
    years.set(year, [...(years.get(year) ?? []), item])
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }))
}

export function paginate<T>(items: readonly T[], page: number, perPage: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages)
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pages }
}
