/*
 * The dashboard chart: new reports per think tank per day over the last days. Pure: the caller reads
 * the leads (only their think tank and dates) and passes `now`.
 */

export const CHART_DAYS = 30
/** Think tanks drawn in their own colour; the rest are summed as "others". */
export const CHART_TOP = 6

export type ChartLead = {
  thinkTank?: number | string | null
  /** When the think tank published the report; when unknown, when the lead was first seen. */
  publishedAt?: string | null
  createdAt: string
}

/** One band of the stacked bars: one think tank, "others", or leads without a think tank. */
export type ChartSeries = { key: string; thinkTank?: number | string; counts: number[]; total: number }

export type DailyReports = { days: string[]; series: ChartSeries[]; dayTotals: number[]; max: number; total: number }

export const OTHERS_KEY = 'others'
export const NO_THINK_TANK_KEY = 'none'

const dayOf = (iso: string): string | undefined => {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}

/** The `days` UTC days ending with today's, oldest first (`YYYY-MM-DD`). */
export function chartDays(now: Date, days = CHART_DAYS): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return Array.from({ length: days }, (_, index) => new Date(today - (days - 1 - index) * 86_400_000).toISOString().slice(0, 10))
}

/** The first instant the chart covers, for the database query. */
export const chartStart = (now: Date, days = CHART_DAYS): string => `${chartDays(now, days)[0]}T00:00:00.000Z`

/**
 * Counts per think tank per day. The `top` think tanks with the most reports get a band each (largest
 * first, ties by id so the order is stable); the rest share one "others" band, and leads without a think
 * tank one more. Leads outside the window (or with an unreadable date) are not counted.
 */
export function dailyReports(leads: readonly ChartLead[], now: Date, { days = CHART_DAYS, top = CHART_TOP } = {}): DailyReports {
  const dayList = chartDays(now, days)
  const slot = new Map(dayList.map((day, index) => [day, index]))
  const perThinkTank = new Map<string, { thinkTank?: number | string; counts: number[]; total: number }>()
  for (const lead of leads) {
    const day = dayOf(lead.publishedAt || lead.createdAt)
    const index = day === undefined ? undefined : slot.get(day)
    if (index === undefined) continue
    const key = lead.thinkTank == null ? NO_THINK_TANK_KEY : String(lead.thinkTank)
    let entry = perThinkTank.get(key)
    if (!entry) {
      entry = { thinkTank: lead.thinkTank ?? undefined, counts: new Array<number>(days).fill(0), total: 0 }
      perThinkTank.set(key, entry)
    }
    entry.counts[index]! += 1
    entry.total += 1
  }
  const none = perThinkTank.get(NO_THINK_TANK_KEY)
  perThinkTank.delete(NO_THINK_TANK_KEY)
  const ranked = [...perThinkTank.entries()].sort(([keyA, a], [keyB, b]) => b.total - a.total || keyA.localeCompare(keyB, 'en', { numeric: true }))
  const series: ChartSeries[] = ranked.slice(0, top).map(([key, entry]) => ({ key, ...entry }))
  const rest = ranked.slice(top)
  if (rest.length > 0) {
    const counts = new Array<number>(days).fill(0)
    for (const [, entry] of rest) entry.counts.forEach((count, index) => (counts[index]! += count))
    series.push({ key: OTHERS_KEY, counts, total: rest.reduce((sum, [, entry]) => sum + entry.total, 0) })
  }
  if (none) series.push({ key: NO_THINK_TANK_KEY, counts: none.counts, total: none.total })
  const dayTotals = dayList.map((_, index) => series.reduce((sum, band) => sum + band.counts[index]!, 0))
  return { days: dayList, series, dayTotals, max: Math.max(0, ...dayTotals), total: dayTotals.reduce((sum, count) => sum + count, 0) }
}

/** A round upper bound for the chart's axis (1, 2, 5, 10, 20, 50…), at least `max`. */
export function axisMax(max: number): number {
  if (max <= 1) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude
  return 10 * magnitude
}
