/*
 * The public site's data module: every reader surface reads signed releases through these
 * functions (and nothing else), so nothing a reader sees changes until a new revision is released.
 */
export type { ArticleSummary, IssueSummary, ThinkTankSummary } from '../../../src/site/release-view'
export { getArticle, getThinkTank, getTopic, type ArticleDetail, type ThinkTankDetail, type TopicDetail } from './articles'
export { listCorrections, type CorrectionEntry, type CorrectionPage } from './corrections'
export { getFeedIssues, getHome, getIssue, getIssueRevision, listIssues, type Home, type IssueDetail, type IssuePage } from './issues'
export { searchArticles, type SearchResult } from './search'
export { sitemapIndexParts, sitemapPartUrls } from './sitemap-data'
