import type { PayloadRequest, Where } from 'payload'

import type { Issue } from '../../payload-types'
import { readAs } from '../../services/workflow/read-as'
import { SLUGS } from '../../src/collection-slugs'
import { idsOf, type Id } from '../../src/content/ids'
import { SIGNOFF_STAGES } from '../../src/workflow/stages'

/** The latest revision of every issue that contains one of these articles (read as the requester, or as the system). */
export async function issuesUsingArticles(req: PayloadRequest, articleIds: Id[]): Promise<Issue[]> {
  if (articleIds.length === 0) return []
  const result = await req.payload.find({
    collection: SLUGS.issues,
    where: { articles: { in: articleIds } },
    draft: true,
    depth: 0,
    pagination: false,
    req,
    ...readAs(req),
  })
  return result.docs
}

/** The latest revision of every issue in the chain (审核, 排版, 终审) that matches `where`. */
async function issuesInProgress(req: PayloadRequest, where: Where): Promise<Issue[]> {
  const result = await req.payload.find({
    collection: SLUGS.issues,
    where: { and: [where, { stage: { in: SIGNOFF_STAGES } }] },
    draft: true,
    depth: 0,
    pagination: false,
    req,
    ...readAs(req),
  })
  return result.docs
}

/** Issues in the chain whose sections or cited sources name this think tank (a rename changes what they show). */
export async function issuesUsingThinkTank(req: PayloadRequest, thinkTankId: Id): Promise<Issue[]> {
  const sources = await req.payload.find({ collection: SLUGS.sources, where: { thinkTank: { equals: thinkTankId } }, depth: 0, pagination: false, select: { slug: true }, req, ...readAs(req) })
  const articles = await req.payload.find({
    collection: SLUGS.articles,
    where: { or: [{ thinkTank: { equals: thinkTankId } }, { sources: { in: idsOf(sources.docs) } }] },
    draft: true,
    depth: 0,
    pagination: false,
    select: { slug: true },
    req,
    ...readAs(req),
  })
  const ids = idsOf(articles.docs)
  return ids.length === 0 ? [] : issuesInProgress(req, { articles: { in: ids } })
}

export const issuesUsingNewsletter = (req: PayloadRequest, newsletterId: Id): Promise<Issue[]> =>
  issuesInProgress(req, { newsletter: { equals: newsletterId } })

export const issuesUsingCover = (req: PayloadRequest, mediaId: Id): Promise<Issue[]> => issuesInProgress(req, { cover: { equals: mediaId } })

/** The latest revision of every issue that cites this source through one of its articles. */
export async function issuesUsingSource(req: PayloadRequest, sourceId: Id): Promise<Issue[]> {
  const articles = await req.payload.find({
    collection: SLUGS.articles,
    where: { sources: { in: [sourceId] } },
    draft: true,
    depth: 0,
    pagination: false,
    select: { slug: true },
    req,
    ...readAs(req),
  })
  return issuesUsingArticles(req, idsOf(articles.docs))
}
