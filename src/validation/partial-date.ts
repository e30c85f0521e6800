/**
 * Publication dates of think-tank reports are often known only to the month ("2025年3月"), so they
 * are stored as ISO 8601 prefixes: `2025`, `2025-03` or `2025-03-14`. These sort correctly as text.
 */
export type DatePrecision = 'year' | 'month' | 'day'

export type PartialDate = { year: number; month?: number; day?: number; precision: DatePrecision }

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PATTERN.exec(value)
  if (!match) return undefined
  const year = Number(match[1])
  const month = match[2] === undefined ? undefined : Number(match[2])
  const day = match[3] === undefined ? undefined : Number(match[3])
  if (month !== undefined && (month < 1 || month > 12)) return undefined
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
    if (day < 1 || day > daysInMonth) return undefined
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year'
  return { year, month, day, precision }
}

/** `2025-03` → `2025年3月`, the way Chinese bodies state report dates. */
export function formatPartialDateZh(value: string): string | undefined {
  const date = parsePartialDate(value)
  if (!date) return undefined
  let text = `${date.year}年`
  if (date.month !== undefined) text += `${date.month}月`
  if (date.day !== undefined) text += `${date.day}日`
  return text
}
