import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { canEditContent } from '../../src/access/predicates'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual, type Bilingual } from '../../src/i18n/bilingual'
import { isJsonContentType } from '../../src/security/content-type'
import { parseFromUrlBody, parsePollBody } from '../../src/watch/watch-input'
import { documentId } from '../payload/document-id'
import { requestLanguage, sayFor } from '../payload/request-language'
import { leadFromUrl } from './lead-from-url'
import { pollFeeds } from './poll-feeds'
import { startArticleFromLead } from './start-article'

const requireEditor = (req: PayloadRequest, what: Bilingual): User => {
  const say = sayFor(req)
  if (!req.user) throw new APIError(say(`请先登录再${what.zh}。`, `Log in to ${what.en}.`), 401)
  if (!canEditContent(req.user)) throw new APIError(say(`只有编辑或管理员可以${what.zh}。`, `Only an editor or an administrator can ${what.en}.`), 403)
  return req.user
}

async function readJson(req: PayloadRequest, optional: boolean): Promise<unknown> {
  const type = req.headers.get('content-type')
  if (!type && optional) return undefined
  if (!isJsonContentType(type)) throw new APIError('Send the request body as application/json.', 415)
  try {
    return req.json ? await req.json() : undefined
  } catch {
    if (optional) return undefined
    throw new APIError('The request body must be JSON.', 400)
  }
}

/** `POST /api/feeds/poll` `{ feed?, force? }`: polls now and answers when done. */
export const pollEndpoint: Endpoint = {
  path: '/poll',
  method: 'post',
  handler: async (req) => {
    const user = requireEditor(req, bilingual('抓取订阅源', 'poll feeds'))
    const parsed = parsePollBody(await readJson(req, true))
    if (!parsed.ok) throw new APIError(parsed.reason, 400)
    const feed = parsed.body.feed === undefined ? undefined : documentId(req.payload, parsed.body.feed)
    if (feed !== undefined) {
      const exists = await req.payload.findByID({ collection: SLUGS.feeds, id: feed, depth: 0, disableErrors: true, overrideAccess: false, user })
      if (!exists) throw new APIError('No such feed.', 404)
    }
    const results = await pollFeeds(req.payload, { feed, force: parsed.body.force, actor: { user } })
    return Response.json({ results })
  },
}

/** `POST /api/leads/from-url` `{ url, thinkTank? }`: 201 `{ doc }`, or 200 with the lead the URL already has. */
export const fromUrlEndpoint: Endpoint = {
  path: '/from-url',
  method: 'post',
  handler: async (req) => {
    const user = requireEditor(req, bilingual('添加线索', 'add a lead'))
    const parsed = parseFromUrlBody(await readJson(req, false))
    if (!parsed.ok) throw new APIError(parsed.reason, 400)
    const thinkTank = parsed.body.thinkTank === undefined ? undefined : documentId(req.payload, parsed.body.thinkTank)
    const { lead, created } = await leadFromUrl(req.payload, { url: parsed.body.url, thinkTank }, user)
    return Response.json({ doc: lead }, { status: created ? 201 : 200 })
  },
}

/** `POST /api/leads/:id/start-article`: 201 `{ article, source }`; 409 when the lead is used. */
export const startArticleEndpoint: Endpoint = {
  path: '/:id/start-article',
  method: 'post',
  handler: async (req) => {
    const user = requireEditor(req, bilingual('从线索开始写文章', 'start an article from a lead'))
    const leadId = documentId(req.payload, req.routeParams?.id)
    const { article, source } = await startArticleFromLead(req.payload, leadId, user, requestLanguage(req))
    return Response.json({ article, source }, { status: 201 })
  },
}
