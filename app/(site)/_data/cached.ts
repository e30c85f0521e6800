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
  sitemapPages,
} from './content'

/** The data module's reads as the pages use them: cached for readers, fresh for previews. */
export const site = {
  home: cachedRead('home', getHome),
  listIssues: cachedRead('issues', listIssues),
  feedIssues: cachedRead('feed-issues', getFeedIssues),
  getIssue: cachedForReaders('issue', getIssue),
  getIssueRevision: cachedRead('issue-revision', getIssueRevision),
  getArticle: cachedForReaders('article', getArticle),
  getThinkTank: cachedRead('think-tank', getThinkTank),
  getTopic: cachedRead('topic', getTopic),
  listCorrections: cachedRead('corrections', listCorrections),
  sitemapPages: cachedRead('sitemap', sitemapPages),
  searchArticles,
}
