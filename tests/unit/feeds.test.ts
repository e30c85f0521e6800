import { parseFeed } from '@rowanmanning/feed-parser'
import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'

import { type FeedDocument, renderAtom, renderJsonFeed, renderRss } from '../../src/feeds/feed-document'
import { plainTextAsXmlHtml, xmlSafe } from '../../src/feeds/text'

const HOSTILE = [
  ']]>',
  ']]><script>alert(1)</script><![CDATA[',
  '<script>alert(1)</script>',
  '<x:evil xmlns:x="urn:evil">boo</x:evil>',
  '<![CDATA[',
  '&amp;',
  '&nbsp;',
  '"\'',
  '\u0000\u0001\u0008\u000B\u001F',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\u202E',
  '</title></item><item><title>injected',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  '智库 · 观察 😀',
  '\r\n\t',
]

/** A small seeded generator, so a failure names the seed and can be replayed. */
function hostileString(seed: number): string {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31)
  const parts: string[] = []
  const count = 1 + (next() % 4)
  for (let i = 0; i < count; i += 1) parts.push(HOSTILE[next() % HOSTILE.length] ?? '')
  return parts.join(next() % 2 ? ' ' : '')
}

function feedOf(text: (field: string) => string): FeedDocument {
  return {
    id: 'https://zhiku.example/',
    title: text('feed title'),
    description: text('feed description'),
    link: 'https://zhiku.example/',
    language: 'zh-CN',
    updated: new Date('2026-01-02T03:04:05Z'),
    copyright: text('copyright'),
    links: { rss: 'https://zhiku.example/feed.xml', atom: 'https://zhiku.example/atom.xml', json: 'https://zhiku.example/feed.json' },
    entries: [0, 1].map((n) => ({
      id: `https://zhiku.example/issues/${n}`,
      link: `https://zhiku.example/issues/${n}`,
      title: text(`title ${n}`),
      summary: text(`summary ${n}`),
      date: new Date('2026-01-02T03:04:05Z'),
      categories: [text(`category ${n}`)],
    })),
  }
}

/** Parses with a real XML parser that treats every warning or error as a failure. */
function strictXml(xml: string) {
  const problems: string[] = []
  const report = (message: string) => void problems.push(message)
  const document = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, 'text/xml')
  return { document, problems }
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('feeds with hostile text in every field', () => {
  it.each(Array.from({ length: 60 }, (_, seed) => seed))('stay well formed and carry the text as text (seed %i)', async (seed) => {
    const feed = feedOf((field) => `${hostileString(seed * 31 + field.length)}|${field}`)
    for (const [format, xml] of [
      ['rss', renderRss(feed)],
      ['atom', renderAtom(feed)],
    ] as const) {
      const { document, problems } = strictXml(xml)
      expect(problems, format).toEqual([])
      expect(XML_ILLEGAL.test(xml), format).toBe(false)
      // No element the text could have created: only the feed's own vocabulary.
      const names = new Set(Array.from(document.getElementsByTagName('*')).map((node) => node.nodeName))
      for (const name of names) expect(['rss', 'channel', 'item', 'title', 'link', 'guid', 'pubDate', 'description', 'category', 'language', 'copyright', 'lastBuildDate', 'docs', 'atom:link', 'feed', 'entry', 'id', 'updated', 'summary', 'subtitle', 'rights']).toContain(name)
      // Every title comes back exactly as written, less the characters XML cannot carry.
      const titles = Array.from(document.getElementsByTagName('title')).map((node) => node.textContent)
      expect(titles, format).toEqual([feed.title, ...feed.entries.map((entry) => entry.title)].map(xmlSafe))
      // A feed reader's parser reads it too, with both entries.
      expect(parseFeed(xml).items, format).toHaveLength(2)
    }
    const json = JSON.parse(renderJsonFeed(feed)) as { title: string; items: { title: string; content_html: string }[] }
    expect(json.title).toBe(xmlSafe(feed.title))
    for (const item of json.items) expect(item.content_html).not.toMatch(/[<>]/)
  })

  it('shows a headline that closes CDATA as text, not as an element', () => {
    const title = ']]><script>alert(1)</script>'
    const feed = feedOf(() => title)
    const rss = renderRss(feed)
    expect(rss).not.toContain('<script>')
    expect(rss).not.toContain('CDATA')
    const description = strictXml(rss).document.getElementsByTagName('description')[1]?.textContent
    // The description is HTML: once the XML is read, the reader's HTML shows the tag as text.
    expect(description).toBe(']]&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(JSON.parse(renderJsonFeed(feed)).items[0].content_html).toBe(']]&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('plainTextAsXmlHtml', () => {
  it('escapes for HTML and then for XML, dropping characters XML cannot carry', () => {
    expect(plainTextAsXmlHtml('a<b>&\u0001\uD800')).toBe('a&amp;lt;b&amp;gt;&amp;amp;')
  })
})
