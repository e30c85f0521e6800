import { type AnyFeed, DetectError, MalformedError, ParseError, parseFeed } from 'feedsmith'

import { sayIn } from '../checks/say'
import { canonicalUrl } from './canonical-url'
import { type LeadDraft, readDate, uniqueNames } from './lead-draft'
import { discoverFeedLinks } from './page-metadata'
import { plainLine, plainText } from './plain-text'
import { failure, failureText, type WatchFailure } from './watch-failure'

/*
 * The parser step: detect the format and hand the text to feedsmith (RSS 2.0, RSS 1.0/RDF, Atom 1.0,
 * JSON Feed 1.x; it never expands XML entities), then normalise each entry to a LeadDraft: the link
 * resolved against xml:base and the document and canonicalised, plain-text title and summary,
 * authors, date. An HTML page instead of a feed answers with the feeds it names.
 */

export type ParsedDocument =
  | { kind: 'feed'; format: AnyFeed['format']; title: string; entries: LeadDraft[]; skipped: number }
  | { kind: 'page'; feedLinks: string[] }

/** A document that is no readable feed: why, as a code with details (src/watch/watch-failure.ts); the message is the English text. */
export class FeedFormatError extends Error {
  constructor(readonly failure: WatchFailure) {
    super(failureText(failure, sayIn('en')))
  }
}

const looksLikeHtml = (text: string): boolean => /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(text)

export function parseFeedDocument(text: string, documentUrl: string): ParsedDocument {
  // Entity declarations are how entity bombs and external entities start; no feed needs them.
  if (/<!ENTITY\s/i.test(text.slice(0, 100_000))) {
    throw new FeedFormatError(failure('entities'))
  }
  if (looksLikeHtml(text)) {
    const feedLinks = discoverFeedLinks(text, documentUrl)
    if (feedLinks.length === 0) throw new FeedFormatError(failure('html-no-feed'))
    return { kind: 'page', feedLinks }
  }
  let parsed: AnyFeed
  try {
    parsed = parseFeed(text)
  } catch (error) {
    if (error instanceof DetectError) throw new FeedFormatError(failure('not-a-feed'))
    if (error instanceof MalformedError || error instanceof ParseError) throw new FeedFormatError(failure('malformed', { detail: error.message }))
    throw new FeedFormatError(failure('unreadable', { detail: error instanceof Error ? error.message : String(error) }))
  }
  const raw = rawEntries(parsed, documentUrl)
  const entries: LeadDraft[] = []
  const seen = new Set<string>()
  let skipped = 0
  for (const entry of raw) {
    const url = entry.link ? canonicalUrl(entry.link, entry.base) : undefined
    const title = plainLine(entry.title)
    if (!url || seen.has(url)) {
      skipped += 1
      continue
    }
    seen.add(url)
    entries.push({
      url,
      title: title || url,
      summary: plainText(entry.summary, 2000),
      authors: uniqueNames(entry.authors.map((name) => plainLine(name, 200))),
      publishedAt: readDate(entry.date),
    })
  }
  return { kind: 'feed', format: parsed.format, title: plainLine(feedTitle(parsed)), entries, skipped }
}

type RawEntry = { link?: string; base: string; title?: string; summary?: string; authors: string[]; date?: string }

const resolveBase = (base: string | undefined, against: string): string => {
  if (!base) return against
  try {
    return new URL(base, against).toString()
  } catch {
    return against
  }
}

function feedTitle(parsed: AnyFeed): string | undefined {
  switch (parsed.format) {
    case 'atom':
      return parsed.feed.title?.value
    default:
      return parsed.feed.title
  }
}

function rawEntries(parsed: AnyFeed, documentUrl: string): RawEntry[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => ({
        link: item.link ?? (item.guid && item.guid.isPermaLink !== false ? item.guid.value : undefined),
        base: resolveBase(item.xml?.base, resolveBase(parsed.feed.xml?.base, documentUrl)),
        title: item.title,
        summary: item.description ?? item.content?.encoded,
        authors: [...(item.authors ?? []).map((person) => person.name ?? person.email), ...(item.dc?.creators ?? [])].filter((name): name is string => Boolean(name)),
        date: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0],
      }))
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        link: item.link ?? item.rdf?.about,
        base: resolveBase(item.xml?.base, documentUrl),
        title: item.title,
        summary: item.description ?? item.content?.encoded,
        authors: item.dc?.creators ?? [],
        date: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0],
      }))
    case 'atom': {
      const feedBase = resolveBase(parsed.feed.xml?.base, documentUrl)
      const feedAuthors = (parsed.feed.authors ?? []).map((person) => person.name).filter((name): name is string => Boolean(name))
      return (parsed.feed.entries ?? []).map((entry) => {
        const links = entry.links ?? []
        const link = links.find((candidate) => !candidate.rel || candidate.rel === 'alternate') ?? links[0]
        const authors = (entry.authors ?? []).map((person) => person.name).filter((name): name is string => Boolean(name))
        return {
          link: link?.href,
          base: resolveBase(entry.xml?.base, feedBase),
          title: entry.title?.value,
          summary: entry.summary?.value ?? entry.content?.value,
          authors: authors.length > 0 ? authors : feedAuthors,
          date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
        }
      })
    }
    case 'json': {
      const feedAuthors = (parsed.feed.authors ?? []).map((author) => author.name).filter((name): name is string => Boolean(name))
      return (parsed.feed.items ?? []).map((item) => {
        const authors = (item.authors ?? []).map((author) => author.name).filter((name): name is string => Boolean(name))
        return {
          link: item.url ?? item.external_url,
          base: resolveBase(parsed.feed.home_page_url ?? undefined, documentUrl),
          title: item.title,
          summary: item.summary ?? item.content_text ?? item.content_html,
          authors: authors.length > 0 ? authors : feedAuthors,
          date: item.date_published ?? item.date_modified,
        }
      })
    }
  }
}
