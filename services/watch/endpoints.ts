import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { canEditContent } from '../../src/access/predicates'
import { checkLanguageOf, type Say, sayIn } from '../../src/checks/say'
import { SLUGS } from '../../src/collection-slugs'
import { isJsonContentType } from '../../src/security/content-type'
import { parseFromUrlBody, parsePollBody } from '../../src/watch/watch-input'
import { WATCH_MESSAGES } from '../../src/watch/watch-messages'
import { documentId } from '../payload/document-id'
import { leadFromUrl } from './lead-from-url'
import { pollFeeds } from './poll-feeds'
import { startArticleFromLead } from './start-article'

/** The request's language for answers: the admin's language cookie, else Accept-Language, else Chinese. */
const sayFor = (req: PayloadRequest): Say => sayIn(checkLanguageOf(req.i18n?.language))

const requireEditor = (req: PayloadRequest): User => {
  if (!req.user) throw new APIError(WATCH_MESSAGES.logIn(sayFor(req)), 401)
  if (!canEditContent(req.user)) throw new APIError(WATCH_MESSAGES.editorsOnly(sayFor(req)), 403)
  return req.user
}

async function readJson(req: PayloadRequest, optional: boolean): Promise<unknown> {
  const type = req.headers.get('content-type')
  if (!type && optional) return undefined
  if (!isJsonContentType(type)) throw new APIError(WATCH_MESSAGES.sendJson(sayFor(req)), 415)
  try {
    return req.json ? await req.json() : undefined
  } catch {
    if (optional) return undefined
    throw new APIError(WATCH_MESSAGES.bodyNotJson(sayFor(req)), 400)
  }
}

/** `POST /api/feeds/poll` `{ feed?, force? }`: polls now and answers when done. */
export const pollEndpoint: Endpoint = {
  path: '/poll',
  method: 'post',
  handler: async (req) => {
    const user = requireEditor(req)
    const parsed = parsePollBody(await readJson(req, true), sayFor(req))
    if (!parsed.ok) throw new APIError(parsed.reason, 400)
    const feed = parsed.body.feed === undefined ? undefined : documentId(req.payload, parsed.body.feed)
    if (feed !== undefined) {
      const exists = await req.payload.findByID({ collection: SLUGS.feeds, id: feed, depth: 0, disableErrors: true, overrideAccess: false, user })
      if (!exists) throw new APIError(WATCH_MESSAGES.noSuchFeed(sayFor(req)), 404)
    }
    const results = await pollFeeds(req.payload, { feed, force: parsed.body.force, actor: { user }, say: sayFor(req) })
    return Response.json({ results })
  },
}

/** `POST /api/leads/from-url` `{ url, thinkTank? }`: 201 `{ doc }`, or 200 with the lead the URL already has. */
export const fromUrlEndpoint: Endpoint = {
  path: '/from-url',
  method: 'post',
  handler: async (req) => {
    const user = requireEditor(req)
    const parsed = parseFromUrlBody(await readJson(req, false), sayFor(req))
    if (!parsed.ok) throw new APIError(parsed.reason, 400)
    const thinkTank = parsed.body.thinkTank === undefined ? undefined : documentId(req.payload, parsed.body.thinkTank)
    const { lead, created } = await leadFromUrl(req.payload, { url: parsed.body.url, thinkTank }, user, sayFor(req))
    return Response.json({ doc: lead }, { status: created ? 201 : 200 })
  },
}

/** `POST /api/leads/:id/start-article`: 201 `{ article, source }`; 409 when the lead is used. */
export const startArticleEndpoint: Endpoint = {
  path: '/:id/start-article',
  method: 'post',
  handler: async (req) => {
    const user = requireEditor(req)
    const leadId = documentId(req.payload, req.routeParams?.id)
    const { article, source } = await startArticleFromLead(req.payload, leadId, user, sayFor(req))
    return Response.json({ article, source }, { status: 201 })
  },
}
