import type { PayloadRequest, RequestContext } from 'payload'

/*
 * Marks the write that starts an article from a lead (services/watch/start-article.ts): only it may
 * set a lead's status to `used`. `req.context` exists only on the server, so REST, GraphQL and the
 * admin cannot set it.
 */
const STARTING_ARTICLE = 'zhikuStartingArticle'

export const startingArticleContext = (): RequestContext => ({ [STARTING_ARTICLE]: true })

export const isStartingArticle = (req: PayloadRequest): boolean => req.context?.[STARTING_ARTICLE] === true
