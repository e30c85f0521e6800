import { normaliseDigits } from './numerals'

const TOKENS = [
  /(?:(?:19|20)\d{2}\s*年\s*)?(?:总\s*)?第\s*\d{1,7}\s*期/g,
  /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/g,
  /(?<!\d)(?:19|20)\d{2}([-./_])\d{1,2}(?:\1\d{1,2})?(?![\d.])/g,
  /(?<!\d)(?:19|20)\d{2}\d{2}\d{2}(?!\d)/g,
]
const LABELS = /(?:发布|出版)?(?:日期|时间)|期号|出刊/g
const EMPTY_BRACKETS = /[(（[【〔]\s*[)）\]】〕]/g
const EDGE = /^[\s:：,，、;；·•\-—–/|｜]+|[\s:：,，、;；·•\-—–/|｜]+$/g

/**
 * Splits a heading line into the date and issue number it carries and the rest:
 * `海外智库观察（2025年第12期）` → rest `海外智库观察`, dateline `2025年第12期`. A line that is only a
 * dateline (`2025年3月15日 第12期`, `发布日期：2025.03.15`) leaves an empty rest.
 */
export function splitDateline(line: string): { rest: string; dateline: string | null } {
  let rest = normaliseDigits(line)
  const found: string[] = []
  for (const token of TOKENS) {
    rest = rest.replace(token, (match: string) => {
      found.push(match)
      return ' '
    })
  }
  if (found.length === 0) return { rest: line, dateline: null }
  const dateline = found.map((text) => text.trim()).join(' ')
  // Labels such as 发布日期 go only when nothing else is left: 时间 may be part of a column's name.
  if (clean(rest.replace(LABELS, ' ')) === '') return { rest: '', dateline }
  return { rest: clean(rest), dateline }
}

function clean(text: string): string {
  let rest = text
  let previous = ''
  while (previous !== rest) {
    previous = rest
    rest = rest.replace(EMPTY_BRACKETS, ' ').replace(EDGE, '')
  }
  return rest.replace(/\s{2,}/g, ' ').trim()
}

/** A line that states only the date and/or number. */
export const isDateline = (line: string): boolean => {
  const split = splitDateline(line)
  return split.dateline !== null && split.rest === ''
}
