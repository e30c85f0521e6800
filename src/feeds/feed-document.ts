import { escapeMarkup, plainTextAsXmlHtml, xmlSafe } from './text'

/** One entry of a feed. Every text is plain text; the renderers escape it for where it goes. */
export type FeedEntry = {
  id: string
  title: string
  link: string
  date: Date
  summary?: string
  categories: string[]
}

export type FeedDocument = {
  id: string
  title: string
  description: string
  link: string
  language: string
  updated: Date
  copyright: string
  links: { rss: string; atom: string; json: string }
  entries: FeedEntry[]
}

const validDate = (date: Date): Date => (Number.isNaN(date.getTime()) ? new Date(0) : date)
const element = (name: string, text: string) => `<${name}>${escapeMarkup(text)}</${name}>`

/** RSS 2.0. Titles are plain text; descriptions are HTML, so plain text is escaped for HTML, then XML. */
export function renderRss(feed: FeedDocument): string {
  const items = feed.entries.map((entry) =>
    [
      '<item>',
      element('title', entry.title),
      element('link', entry.link),
      `<guid isPermaLink="true">${escapeMarkup(entry.id)}</guid>`,
      element('pubDate', validDate(entry.date).toUTCString()),
      entry.summary ? `<description>${plainTextAsXmlHtml(entry.summary)}</description>` : '',
      ...entry.categories.map((name) => element('category', name)),
      '</item>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.link),
    element('description', feed.description),
    element('language', feed.language),
    element('copyright', feed.copyright),
    element('lastBuildDate', validDate(feed.updated).toUTCString()),
    element('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    `<atom:link href="${escapeMarkup(feed.links.rss)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}

/** Atom 1.0. Titles are `type="text"`; summaries are `type="html"` (escaped plain text). */
export function renderAtom(feed: FeedDocument): string {
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      `<title type="text">${escapeMarkup(entry.title)}</title>`,
      element('id', entry.id),
      `<link href="${escapeMarkup(entry.link)}"/>`,
      element('updated', validDate(entry.date).toISOString()),
      entry.summary ? `<summary type="html">${plainTextAsXmlHtml(entry.summary)}</summary>` : '',
      ...entry.categories.map((name) => `<category term="${escapeMarkup(name)}" label="${escapeMarkup(name)}"/>`),
      '</entry>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(feed.language)}">`,
    element('id', feed.id),
    `<title type="text">${escapeMarkup(feed.title)}</title>`,
    `<subtitle type="text">${escapeMarkup(feed.description)}</subtitle>`,
    element('updated', validDate(feed.updated).toISOString()),
    `<link rel="alternate" href="${escapeMarkup(feed.link)}"/>`,
    `<link rel="self" href="${escapeMarkup(feed.links.atom)}"/>`,
    element('rights', feed.copyright),
    ...entries,
    '</feed>',
  ].join('\n')
}

const clean = (text: string) => xmlSafe(text)

/** JSON Feed 1.1: `title` is plain text, `content_html` is HTML (the escaped plain-text summary). */
export function renderJsonFeed(feed: FeedDocument): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: clean(feed.title),
      home_page_url: feed.link,
      feed_url: feed.links.json,
      description: clean(feed.description),
      language: feed.language,
      items: feed.entries.map((entry) => ({
        id: entry.id,
        url: entry.link,
        title: clean(entry.title),
        content_html: escapeMarkup(entry.summary ?? ''),
        date_modified: validDate(entry.date).toISOString(),
        tags: entry.categories.map(clean),
      })),
    },
    null,
    2,
  )
}
