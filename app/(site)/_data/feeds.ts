import { Feed } from 'feed'

import { siteText } from '../../../src/i18n/site-text'
import { type ArticleSummary, type IssueSummary } from '../../../src/site/release-view'
import type { CorrectionEntry } from './corrections'

export type FeedFormat = 'rss' | 'atom' | 'json'

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

function newFeed(origin: string, title: string, path: string, updated: Date): Feed {
  return new Feed({
    id: `${origin}${path}`,
    title,
    description: siteText('zh', 'tagline'),
    link: `${origin}${path}`,
    language: 'zh-CN',
    updated,
    copyright: siteText('zh', 'siteName'),
    generator: false,
    feedLinks: { rss: `${origin}/feed.xml`, atom: `${origin}/atom.xml`, json: `${origin}/feed.json` },
  })
}

/** The site feed: one entry per published issue, listing its articles. */
export function issuesFeed(origin: string, issues: IssueSummary[], articles: ArticleSummary[]): Feed {
  const feed = newFeed(origin, siteText('zh', 'siteName'), '/', new Date(issues[0]?.publishedOn ?? 0))
  for (const issue of issues.slice(0, 50)) {
    const own = articles.filter((article) => article.issue?.slug === issue.slug)
    feed.addItem({
      title: `${issue.newsletterTitle ?? ''} 第 ${issue.number} 期：${issue.title}`.trim(),
      id: `${origin}/issues/${issue.slug}`,
      link: `${origin}/issues/${issue.slug}`,
      date: new Date(issue.publishedOn),
      description: own.map((article) => `${article.thinkTank?.name ?? ''}：${article.headline}`).join('；'),
      category: [...new Set(own.flatMap((article) => article.topics))].map((name) => ({ name })),
    })
  }
  return feed
}

/** A feed of articles (a think tank's, a topic's). */
export function articlesFeed(origin: string, title: string, path: string, articles: ArticleSummary[]): Feed {
  const feed = newFeed(origin, title, path, new Date(articles[0]?.publishedOn ?? 0))
  for (const article of articles.slice(0, 50)) {
    feed.addItem({
      title: article.headline,
      id: `${origin}/articles/${article.slug}`,
      link: `${origin}/articles/${article.slug}`,
      date: new Date(article.publishedOn),
      description: article.excerpt,
      category: article.topics.map((name) => ({ name })),
    })
  }
  return feed
}

/** The corrections feed: one entry per corrected revision, at its stable URL. */
export function correctionsFeed(origin: string, corrections: CorrectionEntry[]): Feed {
  const feed = newFeed(origin, `更正记录 · ${siteText('zh', 'siteName')}`, '/corrections', new Date(corrections[0]?.correctedAt ?? 0))
  for (const correction of corrections) {
    feed.addItem({
      title: `更正：${correction.title}（第 ${correction.number} 期）`,
      id: `${origin}${correction.path}`,
      link: `${origin}${correction.path}`,
      date: new Date(correction.correctedAt),
      description: correction.note,
    })
  }
  return feed
}

/**
 * JSON Feed 1.1. The feed library writes version 1; the items we write use nothing 1.1 changed
 * (no `author`), so stating 1.1 and the language makes it a valid 1.1 feed.
 */
export function jsonFeed11(feed: Feed): string {
  const json = JSON.parse(feed.json1()) as Record<string, unknown>
  return JSON.stringify({ ...json, version: 'https://jsonfeed.org/version/1.1', language: 'zh-CN' }, null, 2)
}

export function feedResponse(feed: Feed, format: FeedFormat): Response {
  const body = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : jsonFeed11(feed)
  return new Response(body, { headers: { 'content-type': CONTENT_TYPE[format], 'cache-control': 'public, max-age=300' } })
}
