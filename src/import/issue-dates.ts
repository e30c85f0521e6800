import { bilingual, type Bilingual } from '../i18n/bilingual'
import { parsePartialDate } from '../validation/partial-date'
import { normaliseDigits } from './numerals'

/** A date as written somewhere: `2025-03-15`, or `2025-03` when only the month is given. */
export type WrittenDate = { date: string; written: string }

const YEAR = '((?:19|20)\\d{2})'
/** Tried in this order; each match blanks its text so that a shorter pattern cannot match inside it. */
const PATTERNS: { pattern: RegExp; day: boolean }[] = [
  { pattern: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]`, 'g'), day: true },
  { pattern: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月`, 'g'), day: false },
  { pattern: new RegExp(`(?<!\\d)${YEAR}([-./_])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'g'), day: true },
  { pattern: new RegExp(`(?<!\\d)${YEAR}(\\d{2})(\\d{2})(?!\\d)`, 'g'), day: true },
  { pattern: new RegExp(`(?<![\\d.])${YEAR}([-./_])(\\d{1,2})(?![\\d.])`, 'g'), day: false },
]

const pad = (value: string) => value.padStart(2, '0')

/**
 * Every date written in a text or file name, in order of appearance: 2025年3月15日, 2025年3月,
 * 2025-03-15, 2025.03.15, 2025/3/15, 20250315, 2025-03 (full-width digits and Chinese numerals too).
 * Dates that do not exist (2025-02-30, 2025年13月) are returned apart, to be reported and ignored.
 */
export function datesIn(text: string): { dates: WrittenDate[]; impossible: string[] } {
  let rest = normaliseDigits(text)
  const found: (WrittenDate & { at: number })[] = []
  const impossible: { written: string; at: number }[] = []
  for (const { pattern, day } of PATTERNS) {
    rest = rest.replace(pattern, (written: string, ...groups: unknown[]) => {
      const at = groups.find((group) => typeof group === 'number') as number
      const parts = groups.filter((group): group is string => typeof group === 'string' && /^\d+$/.test(group))
      const [year, month, dayOfMonth] = parts
      const date = day ? `${year}-${pad(month!)}-${pad(dayOfMonth!)}` : `${year}-${pad(month!)}`
      if (parsePartialDate(date)) found.push({ date, written, at })
      else impossible.push({ written, at })
      return ' '.repeat(written.length)
    })
  }
  const byPlace = <T extends { at: number }>(list: T[]) => list.sort((a, b) => a.at - b.at)
  return {
    dates: byPlace(found).map(({ date, written }) => ({ date, written })),
    impossible: byPlace(impossible).map(({ written }) => written),
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ENGLISH_MONTH = new RegExp(
  `\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(?:\\d{1,2},?\\s+)?${YEAR}\\b`,
  'gi',
)

/** The months a text states (`2025年2月发布`, `2025-02-15`, `February 2025`, `Feb. 3, 2025`), as `2025-02`. */
export function monthsIn(text: string): string[] {
  const months = datesIn(text).dates.map((found) => found.date.slice(0, 7))
  for (const match of text.matchAll(ENGLISH_MONTH)) {
    months.push(`${match[2]}-${pad(String(MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1))}`)
  }
  return months
}

/** `--date`: a day (2025-03-15) or a month (2025-03); `2025.03.15`, `2025/3/15` and `20250315` are read too. */
export function parseDateOption(value: string): { date: string } | { error: Bilingual } {
  const { dates, impossible } = datesIn(value.trim())
  const whole = dates.length === 1 && dates[0]!.written === normaliseDigits(value.trim())
  if (whole) return { date: dates[0]!.date }
  if (impossible.length > 0) return { error: bilingual(`--date ${value}：没有这一天。`, `--date ${value}: there is no such date.`) }
  return { error: bilingual(`--date ${value}：日期格式应为 2025-03-15（某日）或 2025-03（某月）。`, `--date ${value}: expected a date such as 2025-03-15 or a month such as 2025-03.`) }
}

/** `--number`: a whole number from 1. */
export function parseNumberOption(value: string): { number: number } | { error: Bilingual } {
  const trimmed = normaliseDigits(value.trim())
  if (/^\d{1,7}$/.test(trimmed) && Number(trimmed) >= 1) return { number: Number(trimmed) }
  return { error: bilingual(`--number ${value}：期号应为从 1 起的整数。`, `--number ${value}: expected an issue number (a whole number from 1).`) }
}
