import { createHash } from 'node:crypto'

import { slugify } from '../validation/slug'

/** How many candidates each new source brings: growing hashes of its URL, then numbered. */
const HASH_LENGTHS = [6, 12, 24, 64] as const
const NUMBERED = 4

/**
 * The slugs a new source may take, in order of preference: its title's slug with a short hash of its
 * URL, then longer hashes, then numbered. The first that no source holds is used: many reports share a
 * title ("Annual Report"), and a six-digit hash alone collided once in a 10,000-issue archive.
 */
export function sourceSlugCandidates(title: string, url: string): string[] {
  const base = (slugify(title) || 'source').slice(0, 60).replace(/-+$/, '')
  const hash = createHash('sha256').update(url).digest('hex')
  const hashed = HASH_LENGTHS.map((length) => `${base}-${hash.slice(0, length)}`)
  return [...hashed, ...Array.from({ length: NUMBERED }, (_, index) => `${hashed.at(-1)}-${index + 2}`)]
}

/** For each source's candidates, the first neither taken already nor chosen for an earlier source of the same import. */
export function chooseSlugs(candidatesPerSource: readonly (readonly string[])[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken)
  return candidatesPerSource.map((candidates) => {
    const free = candidates.find((slug) => !used.has(slug)) ?? candidates.at(-1)!
    used.add(free)
    return free
  })
}
