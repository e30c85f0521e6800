import { keptPerObject } from '../content/kept-per-object'

/** The style list a new installation starts with; admins edit it in the CMS (全局设置 › 写法规范). */
export const DEFAULT_STYLE_TERMS = [
  'AI',
  'AGI',
  'GenAI',
  'CSIS',
  'RAND',
  'NIST',
  'ISO/IEC',
  'ISO',
  'IEC',
  'ITU',
  'OECD',
  'NATO',
  'G7',
  'G20',
] as const

export type TermMisuse = { term: string; written: string; count: number }
/** One place a term is written in another letter case: `text.slice(start, end) === written`. */
export type TermMisuseSpan = { term: string; written: string; start: number; end: number }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const patterns = new Map<string, RegExp>()
const PATTERN_CACHE_LIMIT = 5_000

/** A term as a whole word in any letter case; compiled once per term (the registry's list is long). */
function patternOf(term: string): RegExp {
  let pattern = patterns.get(term)
  if (!pattern) {
    if (patterns.size >= PATTERN_CACHE_LIMIT) patterns.clear()
    pattern = new RegExp(`(?<![A-Za-z0-9])${escape(term)}(?![A-Za-z0-9])`, 'gi')
    patterns.set(term, pattern)
  }
  return pattern
}

/** Longest first: longer terms win over the shorter ones inside them. Sorted once per list (the style list is kept between files). */
const longestFirst = keptPerObject((terms: readonly string[]) => [...terms].sort((a, b) => b.length - a.length))

const isAscii = (text: string) => {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false
  return true
}

/**
 * Whether the term cannot be in the text. For an ASCII term the case-insensitive match is ASCII text
 * too, which lower-casing the whole text keeps in place; other terms are always looked for.
 */
const surelyAbsent = (lowerText: string, term: string) => isAscii(term) && !lowerText.includes(term.toLowerCase())

/**
 * Where configured terms are written in another letter case ("ai" for AI, "iso/iec" for ISO/IEC).
 * A term counts only as a whole word: Latin letters or digits next to it make it part of another
 * word ("fg-ai4h", "genai" are not "ai"); Chinese characters next to it do not ("ai治理"). Longer
 * terms win over the shorter ones inside them (ISO/IEC, not ISO and IEC). In text order.
 */
export function termMisuseSpans(text: string, terms: readonly string[]): TermMisuseSpan[] {
  const covered: [number, number][] = []
  const spans: TermMisuseSpan[] = []
  const lowerText = text.toLowerCase()
  for (const term of longestFirst(terms)) {
    if (surelyAbsent(lowerText, term)) continue
    for (const match of text.matchAll(patternOf(term))) {
      const start = match.index
      const end = start + match[0].length
      if (covered.some(([from, to]) => start < to && end > from)) continue
      covered.push([start, end])
      if (match[0] !== term) spans.push({ term, written: match[0], start, end })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The misuses of `termMisuseSpans`, one per term and spelling, counted. */
export function findTermMisuses(text: string, terms: readonly string[]): TermMisuse[] {
  const misuses = new Map<string, TermMisuse>()
  // Grouped in the order the terms were matched (longest first), as the checks report them.
  const order = longestFirst(terms)
  const spans = termMisuseSpans(text, terms).sort((a, b) => order.indexOf(a.term) - order.indexOf(b.term) || a.start - b.start)
  for (const span of spans) {
    const key = `${span.term}\u0000${span.written}`
    const existing = misuses.get(key)
    if (existing) existing.count += 1
    else misuses.set(key, { term: span.term, written: span.written, count: 1 })
  }
  return [...misuses.values()]
}
