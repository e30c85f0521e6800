/** Issues grouped by year (newest first), for the archive page. */
export function groupByYear<T extends { publishedOn: string }>(items: readonly T[]): { year: number; items: T[] }[] {
  const years = new Map<number, T[]>()
  for (const item of items) {
    const year = new Date(item.publishedOn).getUTCFullYear()
    years.set(year, [...(years.get(year) ?? []), item])
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }))
}
