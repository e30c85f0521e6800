import { keptPerObject } from '../content/kept-per-object'
import { namesOf, normaliseName } from './think-tank-names'
import type { CheckedThinkTank } from './types'

type Grams = { grams: Map<string, number>; size: number }

/* Registry names are compared again and again (every unknown heading of every imported file): their
 * character pairs are kept, up to a bound. */
const GRAM_CACHE_LIMIT = 20_000
const gramCache = new Map<string, Grams>()

function gramsOf(name: string): Grams {
  const cached = gramCache.get(name)
  if (cached) return cached
  const grams = bigrams(normaliseName(name))
  const entry = { grams, size: [...grams.values()].reduce((sum, n) => sum + n, 0) }
  if (gramCache.size >= GRAM_CACHE_LIMIT) gramCache.clear()
  gramCache.set(name, entry)
  return entry
}

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
  const x = gramsOf(a)
  const y = gramsOf(b)
  let shared = 0
  for (const [gram, count] of x.grams) shared += Math.min(count, y.grams.get(gram) ?? 0)
  const total = x.size + y.size
  return total === 0 ? 0 : (2 * shared) / total
}

const ANSWER_CACHE_LIMIT = 1_000
const answersFor = keptPerObject((_thinkTanks: readonly CheckedThinkTank[]) => new Map<string, CheckedThinkTank[]>())

/**
 * The think tanks whose names come closest to any of the given names, best first. Kept per list and
 * names: an archive's unknown think tank comes back in file after file, and each answer compares its
 * names with every name in the registry.
 */
export function closestThinkTanks<T extends CheckedThinkTank>(thinkTanks: readonly T[], names: readonly string[], limit = 3): T[] {
  const wanted = names.filter(Boolean)
  if (wanted.length === 0) return []
  const kept = answersFor(thinkTanks)
  const key = `${limit}\u0000${wanted.join('\u0000')}`
  const known = kept.get(key)
  if (known) return [...known] as T[]
  const answer = rankByName(thinkTanks, wanted, limit)
  if (kept.size >= ANSWER_CACHE_LIMIT) kept.clear()
  kept.set(key, answer)
  return [...answer]
}

function rankByName<T extends CheckedThinkTank>(thinkTanks: readonly T[], wanted: readonly string[], limit: number): T[] {
  return thinkTanks
    .map((tank) => ({ tank, score: Math.max(...namesOf(tank).flatMap((name) => wanted.map((want) => nameSimilarity(name, want)))) }))
    .filter(({ score }) => score > 0.2)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ tank }) => tank)
}
