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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Occurrences of configured terms written in another letter case ("ai" for AI, "iso/iec" for
 * ISO/IEC). A term counts only as a whole word: Latin letters or digits next to it make it part of
 * another word ("fg-ai4h", "genai" are not "ai"); Chinese characters next to it do not ("ai治理").
 * Longer terms win over the shorter ones inside them (ISO/IEC, not ISO and IEC).
 */
export function findTermMisuses(text: string, terms: readonly string[]): TermMisuse[] {
  const covered: [number, number][] = []
  const misuses = new Map<string, TermMisuse>()
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![A-Za-z0-9])${escape(term)}(?![A-Za-z0-9])`, 'gi')
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (covered.some(([from, to]) => start < to && end > from)) continue
      covered.push([start, end])
      if (match[0] === term) continue
      const key = `${term}\u0000${match[0]}`
      const existing = misuses.get(key)
      if (existing) existing.count += 1
      else misuses.set(key, { term, written: match[0], count: 1 })
    }
  }
  return [...misuses.values()]
}
