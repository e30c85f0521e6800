import { escapeMarkup } from '../feeds/text'

/*
 * The sitemap at archive scale: /sitemap.xml is a sitemap index naming small parts, so no request
 * reads every release. `/sitemaps/pages.xml` holds the home, archive, corrections, think-tank and
 * topic pages; `/sitemaps/issues-<n>.xml` holds the n-th block of current issues in publication order
 * (oldest first, so a new issue lands in the last part and older parts keep their contents) with their
 * articles.
 */
export const ISSUES_PER_SITEMAP = 200

export type SitemapUrl = { path: string; lastModified?: string }

export type SitemapPart = { kind: 'pages' } | { kind: 'issues'; block: number }

export const sitemapPartPath = (part: SitemapPart): string => (part.kind === 'pages' ? '/sitemaps/pages.xml' : `/sitemaps/issues-${part.block}.xml`)

/** The parts an archive of `issueCount` current issues needs. */
export function sitemapParts(issueCount: number): SitemapPart[] {
  const blocks = Math.ceil(Math.max(0, issueCount) / ISSUES_PER_SITEMAP)
  return [{ kind: 'pages' }, ...Array.from({ length: blocks }, (_, index) => ({ kind: 'issues' as const, block: index + 1 }))]
}

/** The part a `/sitemaps/<name>` file names, or null (not a part: 404). */
export function parseSitemapPart(name: string): SitemapPart | null {
  if (name === 'pages.xml') return { kind: 'pages' }
  const match = /^issues-([1-9]\d{0,5})\.xml$/.exec(name)
  return match ? { kind: 'issues', block: Number(match[1]) } : null
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const entry = (element: 'url' | 'sitemap', origin: string, { path, lastModified }: SitemapUrl) =>
  `<${element}><loc>${escapeMarkup(`${origin}${path}`)}</loc>${lastModified ? `<lastmod>${escapeMarkup(lastModified)}</lastmod>` : ''}</${element}>`

export const renderSitemapIndex = (origin: string, parts: SitemapUrl[]): string =>
  `${HEAD}<sitemapindex xmlns="${NS}">\n${parts.map((part) => entry('sitemap', origin, part)).join('\n')}\n</sitemapindex>\n`

export const renderUrlset = (origin: string, urls: SitemapUrl[]): string =>
  `${HEAD}<urlset xmlns="${NS}">\n${urls.map((url) => entry('url', origin, url)).join('\n')}\n</urlset>\n`
