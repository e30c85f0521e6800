/**
 * Reader pages are a pure function of releases, so each page family has a tag, and a release
 * expires only the tags of the pages it changes. The same tags name Next.js data-cache entries and
 * the reader response cache's entries.
 */
export const readerTag = {
  home: 'home',
  archive: 'archive',
  archiveYear: (year: number) => `archive:${year}`,
  issue: (slug: string) => `issue:${slug}`,
  article: (slug: string) => `article:${slug}`,
  thinkTank: (slug: string) => `think-tank:${slug}`,
  topic: (topic: string) => `topic:${topic.trim().toLowerCase()}`,
  corrections: 'corrections',
  feeds: 'feeds',
  sitemap: 'sitemap',
  search: 'search',
  robots: 'robots',
  /** Every reader page and data-cache entry at once (after instance events were missed). */
  all: 'reader:all',
} as const

const decode = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment)
  } catch {
    // A broken escape is answered 400 by the app; such a path is never cached.
    return null
  }
}

const FEEDS = new Set(['/feed.xml', '/atom.xml', '/feed.json'])

/**
 * The tags of a reader page at `pathname`, or null when the path is not a cacheable reader page
 * (admin, API, preview, language switch, Next.js assets, anything unknown).
 */
export function pageTags(pathname: string): string[] | null {
  if (pathname === '/') return [readerTag.home]
  if (FEEDS.has(pathname)) return [readerTag.feeds]
  if (pathname === '/sitemap.xml' || /^\/sitemaps\/[a-z0-9-]+\.xml$/.test(pathname)) return [readerTag.sitemap]
  if (pathname === '/robots.txt') return [readerTag.robots]
  if (pathname === '/search') return [readerTag.search]
  if (pathname === '/issues') return [readerTag.archive]
  if (pathname === '/corrections' || pathname === '/corrections/feed.xml') return [readerTag.corrections]
  const [, family, encoded, ...rest] = pathname.split('/')
  if (!encoded) return null
  const name = decode(encoded)
  if (name === null || name === '') return null
  const tail = rest.join('/')
  switch (family) {
    case 'issues':
      // The issue page, an earlier revision (/r/<n>) and the share image.
      return tail === '' || /^r\/\d+$/.test(tail) || tail.startsWith('opengraph-image') ? [readerTag.issue(name)] : null
    case 'articles':
      return tail === '' ? [readerTag.article(name)] : null
    case 'think-tanks':
      return tail === '' || tail === 'feed.xml' ? [readerTag.thinkTank(name)] : null
    case 'topics':
      return tail === '' || tail === 'feed.xml' ? [readerTag.topic(name)] : null
    default:
      return null
  }
}

/** What a release shows, as its indexed fields give it. */
export type ReleaseTagSource = {
  slug: string
  year: number
  isCorrection: boolean
  articleSlugs: readonly string[]
  thinkTankSlugs: readonly string[]
  topics: readonly string[]
}

/**
 * Every tag a written release changes: its issue and articles, the lists it appears in, and the
 * issues beside it in publication order (their previous/next links name it).
 */
export function releaseTags(release: ReleaseTagSource, neighbourSlugs: readonly string[] = []): string[] {
  const tags = [
    readerTag.home,
    readerTag.archive,
    readerTag.archiveYear(release.year),
    readerTag.feeds,
    readerTag.sitemap,
    readerTag.search,
    readerTag.issue(release.slug),
    ...neighbourSlugs.map(readerTag.issue),
    ...release.articleSlugs.map(readerTag.article),
    ...release.thinkTankSlugs.map(readerTag.thinkTank),
    ...release.topics.map(readerTag.topic),
    ...(release.isCorrection ? [readerTag.corrections] : []),
  ]
  return [...new Set(tags)]
}

/**
 * A tag as a CDN surrogate key: header-safe ASCII without spaces (UTF-8 percent-encoding of anything
 * else, e.g. a Chinese topic), so `Surrogate-Key` can list keys separated by spaces and `Cache-Tag`
 * by commas. A purge by tag sends the same spelling.
 */
export const surrogateKey = (tag: string): string => tag.replace(/[^A-Za-z0-9:._~-]/gu, (char) => encodeURIComponent(char))

/** The CDN headers naming a cached reader page's tags: Fastly-style `Surrogate-Key`, Cloudflare/Akamai-style `Cache-Tag`. */
export function surrogateKeyHeaders(tags: readonly string[]): { 'surrogate-key': string; 'cache-tag': string } {
  const keys = tags.map(surrogateKey)
  return { 'surrogate-key': keys.join(' '), 'cache-tag': keys.join(',') }
}
