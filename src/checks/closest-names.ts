import { namesOf, normaliseName } from './think-tank-names'
import type { CheckedThinkTank } from './types'

const bigrams = (text: string): Map<string, number> => {
  const grams = new Map<string, number>()
  const chars = [...text.replace(/\s+/g, ' ')]
  if (chars.length === 1) grams.set(chars[0]!, 1)
  for (let i = 0; i < chars.length - 1; i += 1) {
    const gram = chars[i]! + chars[i + 1]!
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** Dice similarity of two names' character pairs (0 … 1); works for Chinese and Latin alike. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(normaliseName(a))
  const y = bigrams(normaliseName(b))
  let shared = 0
  for (const [gram, count] of x) shared += Math.min(count, y.get(gram) ?? 0)
  const total = [...x.values()].reduce((sum, n) => sum + n, 0) + [...y.values()].reduce((sum, n) => sum + n, 0)
  return total === 0 ? 0 : (2 * shared) / total
}

/** The think tanks whose names come closest to any of the given names, best first. */
export function closestThinkTanks<T extends CheckedThinkTank>(thinkTanks: readonly T[], names: readonly string[], limit = 3): T[] {
  const wanted = names.filter(Boolean)
  if (wanted.length === 0) return []
  return thinkTanks
    .map((tank) => ({ tank, score: Math.max(...namesOf(tank).flatMap((name) => wanted.map((want) => nameSimilarity(name, want)))) }))
    .filter(({ score }) => score > 0.2)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ tank }) => tank)
}
