import { type FeedDocument, renderAtom, renderJsonFeed, renderRss } from '../../../src/feeds/feed-document'
import { siteText } from '../../../src/i18n/site-text'
import { type ArticleSummary, type IssueSummary } from '../../../src/site/release-view'
import type { CorrectionEntry } from './corrections'

export type FeedFormat = 'rss' | 'atom' | 'json'

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

function newFeed(origin: string, title: string, path: string, updated: Date): FeedDocument {
  return {
    id: `${origin}${path}`,
    title,
    description: siteText('zh', 'tagline'),
    link: `${origin}${path}`,
    language: 'zh-CN',
    updated,
    copyright: siteText('zh', 'siteName'),
    links: { rss: `${origin}/feed.xml`, atom: `${origin}/atom.xml`, json: `${origin}/feed.json` },
    entries: [],
  }
}

const pageUrl = (origin: string, kind: string, slug: string) => `${origin}/${kind}/${encodeURIComponent(slug)}`

/** The site feed: one entry per published issue, listing its articles. */
export function issuesFeed(origin: string, issues: IssueSummary[], articles: ArticleSummary[]): FeedDocument {
  const feed = newFeed(origin, siteText('zh', 'siteName'), '/', new Date(issues[0]?.publishedOn ?? 0))
  for (const issue of issues.slice(0, 50)) {
    const own = articles.filter((article) => article.issue?.slug === issue.slug)
    feed.entries.push({
      title: `${issue.newsletterTitle ?? ''} 第 ${issue.number} 期：${issue.title}`.trim(),
      id: pageUrl(origin, 'issues', issue.slug),
      link: pageUrl(origin, 'issues', issue.slug),
      date: new Date(issue.publishedOn),
      summary: own.map((article) => `${article.thinkTank?.name ?? ''}：${article.headline}`).join('；'),
      categories: [...new Set(own.flatMap((article) => article.topics))],
    })
  }
  return feed
}

/** A feed of articles (a think tank's, a topic's). */
export function articlesFeed(origin: string, title: string, path: string, articles: ArticleSummary[]): FeedDocument {
  const feed = newFeed(origin, title, path, new Date(articles[0]?.publishedOn ?? 0))
  for (const article of articles.slice(0, 50)) {
    feed.entries.push({
      title: article.headline,
      id: pageUrl(origin, 'articles', article.slug),
      link: pageUrl(origin, 'articles', article.slug),
      date: new Date(article.publishedOn),
      summary: article.excerpt,
      categories: article.topics,
    })
  }
  return feed
}

/** The corrections feed: one entry per corrected revision, at its stable URL. */
export function correctionsFeed(origin: string, corrections: CorrectionEntry[]): FeedDocument {
  const feed = newFeed(origin, `更正记录 · ${siteText('zh', 'siteName')}`, '/corrections', new Date(corrections[0]?.correctedAt ?? 0))
  for (const correction of corrections) {
    feed.entries.push({
      title: `更正：${correction.title}（第 ${correction.number} 期）`,
      id: `${origin}${correction.path}`,
      link: `${origin}${correction.path}`,
      date: new Date(correction.correctedAt),
      summary: correction.note,
      categories: [],
    })
  }
  return feed
}

/** Every text in the feed is plain text; src/feeds escapes it for the format (no CDATA, no raw HTML). */
export function feedResponse(feed: FeedDocument, format: FeedFormat): Response {
  const body = format === 'rss' ? renderRss(feed) : format === 'atom' ? renderAtom(feed) : renderJsonFeed(feed)
  return new Response(body, { headers: { 'content-type': CONTENT_TYPE[format], 'cache-control': 'public, max-age=300' } })
}
