import { readerTag } from '../../../src/site/reader-cache-tags'
import { cachedForReaders, cachedRead } from './cache'
import {
  getArticle,
  getFeedIssues,
  getHome,
  getIssue,
  getIssueRevision,
  getThinkTank,
  getTopic,
  listCorrections,
  listIssues,
  searchArticles,
  sitemapIndexParts,
  sitemapPartUrls,
} from './content'

/** The data module's reads as the pages use them: cached for readers (tagged by page family), fresh for previews. */
export const site = {
  home: cachedRead('home', () => [readerTag.home], getHome),
  listIssues: cachedRead('issues', () => [readerTag.archive], listIssues),
  feedIssues: cachedRead('feed-issues', () => [readerTag.feeds], getFeedIssues),
  getIssue: cachedForReaders('issue', (slug: string) => [readerTag.issue(slug)], getIssue),
  getIssueRevision: cachedRead('issue-revision', (slug: string) => [readerTag.issue(slug)], getIssueRevision),
  getArticle: cachedForReaders('article', (slug: string) => [readerTag.article(slug)], getArticle),
  getThinkTank: cachedRead('think-tank', (slug: string) => [readerTag.thinkTank(slug)], getThinkTank),
  getTopic: cachedRead('topic', (topic: string) => [readerTag.topic(topic)], getTopic),
  listCorrections: cachedRead('corrections', () => [readerTag.corrections], listCorrections),
  sitemapIndexParts: cachedRead('sitemap-index', () => [readerTag.sitemap], sitemapIndexParts),
  sitemapPartUrls: cachedRead('sitemap-part', () => [readerTag.sitemap], sitemapPartUrls),
  // Search is not kept in the data cache (its keys are unbounded); the response cache holds its pages.
  searchArticles,
}
