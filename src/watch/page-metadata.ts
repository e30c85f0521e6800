import { Parser } from 'htmlparser2'

import { canonicalUrl } from './canonical-url'
import { type LeadDraft, readDate, uniqueNames } from './lead-draft'
import { plainLine, plainText } from './plain-text'

/*
 * What an HTML page says about itself, read with htmlparser2 in one pass: the feeds it names
 * (<link rel="alternate">), its canonical URL, and a report's metadata from Highwire/Google Scholar
 * `citation_*`, Dublin Core, JSON-LD and OpenGraph (in that order of trust), then <title>.
 */

export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json'] as const

type Collected = {
  meta: Map<string, string[]>
  links: Array<{ rel: string; type: string; href: string }>
  jsonLd: string[]
  title: string
  base?: string
}

function collect(html: string): Collected {
  const collected: Collected = { meta: new Map(), links: [], jsonLd: [], title: '' }
  let inTitle = false
  let scriptIsJsonLd = false
  let script = ''
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.name ?? attributes.property ?? attributes.itemprop ?? '').trim().toLowerCase()
          const content = attributes.content
          if (key && content != null) collected.meta.set(key, [...(collected.meta.get(key) ?? []), content])
        } else if (name === 'link') {
          collected.links.push({ rel: (attributes.rel ?? '').toLowerCase(), type: (attributes.type ?? '').toLowerCase().split(';')[0]!.trim(), href: attributes.href ?? '' })
        } else if (name === 'base' && attributes.href && collected.base === undefined) {
          collected.base = attributes.href
        } else if (name === 'title') {
          inTitle = true
        } else if (name === 'script') {
          scriptIsJsonLd = (attributes.type ?? '').toLowerCase().trim() === 'application/ld+json'
          script = ''
        }
      },
      ontext(text) {
        if (inTitle) collected.title += text
        if (scriptIsJsonLd) script += text
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (name === 'script' && scriptIsJsonLd) {
          collected.jsonLd.push(script)
          scriptIsJsonLd = false
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  return collected
}

/** The feeds a page names, resolved against the page (and its <base>), RSS/Atom/JSON Feed first. */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const { links, base } = collect(html)
  const baseUrl = base ? (canonicalUrl(base, pageUrl) ?? pageUrl) : pageUrl
  const found: string[] = []
  for (const type of FEED_TYPES) {
    for (const link of links) {
      if (!link.rel.split(/\s+/).includes('alternate') || link.type !== type) continue
      const url = resolveHref(link.href, baseUrl)
      if (url && !found.includes(url)) found.push(url)
    }
  }
  return found
}

const resolveHref = (href: string, base: string): string | undefined => {
  try {
    const url = new URL(href.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

type JsonLdFacts = { title?: string; authors: string[]; date?: string; summary?: string; url?: string }

const REPORT_TYPES = new Set(['report', 'scholarlyarticle', 'article', 'newsarticle', 'blogposting', 'creativework', 'analysisnewsarticle', 'techarticle', 'publicationissue', 'book', 'chapter', 'webpage'])

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

function personNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((person) => {
    if (typeof person === 'string') return [person]
    if (isObject(person)) return asString(person.name) ? [asString(person.name)!] : []
    return []
  })
}

function jsonLdFacts(scripts: string[]): JsonLdFacts {
  const nodes: Record<string, unknown>[] = []
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1))
    else if (isObject(value)) {
      nodes.push(value)
      if (value['@graph']) visit(value['@graph'], depth + 1)
    }
  }
  for (const script of scripts) {
    try {
      visit(JSON.parse(script) as unknown, 0)
    } catch (error) {
      // A page's broken JSON-LD is its own fault: the other metadata still count.
      if (!(error instanceof SyntaxError)) throw error
    }
  }
  const types = (node: Record<string, unknown>) =>
    (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).map((type) => String(type ?? '').toLowerCase())
  // A report beats a web page: look at the most specific node first.
  const ranked = nodes
    .filter((node) => types(node).some((type) => REPORT_TYPES.has(type)))
    .sort((a, b) => Number(types(a).includes('webpage')) - Number(types(b).includes('webpage')))
  const node = ranked[0]
  if (!node) return { authors: [] }
  return {
    title: asString(node.headline) ?? asString(node.name),
    authors: personNames(node.author),
    date: asString(node.datePublished) ?? asString(node.dateCreated),
    summary: asString(node.description) ?? asString(node.abstract),
    url: asString(node.url),
  }
}

/** The same host, or one a subdomain of the other (www.csis.org and csis.org). */
function sameSite(candidate: string, pageUrl: string): boolean {
  const host = (url: string) => new URL(url).hostname.toLowerCase()
  const [a, b] = [host(candidate), host(pageUrl)]
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`)
}

export type PageMetadata = LeadDraft & { siteName?: string }

/** A report's metadata from its page; `url` is the canonical URL (<link rel="canonical"> when the page gives one). */
export function readPageMetadata(html: string, pageUrl: string): PageMetadata {
  const { meta, links, jsonLd, title, base } = collect(html)
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)?.find((entry) => entry.trim() !== '')
      if (value) return value
    }
    return undefined
  }
  const all = (...keys: string[]) => keys.flatMap((key) => meta.get(key) ?? [])
  const ld = jsonLdFacts(jsonLd)
  const baseUrl = base ? (canonicalUrl(base, pageUrl) ?? pageUrl) : pageUrl
  const canonicalLink = links.find((link) => link.rel.split(/\s+/).includes('canonical'))?.href
  const onThisSite = (candidate: string | undefined) => (candidate && sameSite(candidate, pageUrl) ? candidate : undefined)
  // A page names its own canonical address only on its own site: another site's URL would let a page file
  // itself under a real report's lead.
  const url =
    onThisSite(canonicalLink ? canonicalUrl(canonicalLink, baseUrl) : undefined) ??
    onThisSite(canonicalUrl(first('citation_public_url', 'citation_abstract_html_url') ?? '', baseUrl)) ??
    onThisSite(canonicalUrl(first('og:url') ?? '', baseUrl)) ??
    canonicalUrl(pageUrl)!
  const authorsFromCitation = all('citation_author')
  const authorsFromDc = all('dc.creator', 'dcterms.creator')
  const authors = uniqueNames(
    (authorsFromCitation.length > 0 ? authorsFromCitation : authorsFromDc.length > 0 ? authorsFromDc : ld.authors.length > 0 ? ld.authors : all('author', 'article:author').filter((name) => !/^https?:/i.test(name))).map((name) =>
      plainLine(name, 200),
    ),
  )
  const dateText =
    first('citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'dcterms.issued', 'dcterms.date', 'dc.date.issued') ??
    ld.date ??
    first('article:published_time', 'og:published_time', 'date')
  return {
    url,
    title: plainLine(first('citation_title', 'dc.title', 'dcterms.title') ?? ld.title ?? first('og:title', 'twitter:title') ?? title, 1000),
    summary: plainText(first('citation_abstract', 'dc.description', 'dcterms.abstract', 'dcterms.description') ?? ld.summary ?? first('og:description', 'description', 'twitter:description') ?? ''),
    authors,
    publishedAt: readDate(dateText?.replace(/^(\d{4})\/(\d{2})\/(\d{2})$/, '$1-$2-$3')),
    siteName: first('citation_publisher', 'dc.publisher', 'og:site_name'),
  }
}
