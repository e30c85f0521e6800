import { cachedForReaders } from './cache'
import { getArticle, getIssue, getThinkTank, getTopic, listArticles, listIssues } from './content'

/** The data module's reads as the pages use them: cached for readers, fresh for previews. */
export const site = {
  listIssues: cachedForReaders('issues', listIssues),
  listArticles: cachedForReaders('articles', listArticles),
  getIssue: cachedForReaders('issue', getIssue),
  getArticle: cachedForReaders('article', getArticle),
  getThinkTank: cachedForReaders('think-tank', getThinkTank),
  getTopic: cachedForReaders('topic', getTopic),
}
