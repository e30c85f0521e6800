import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { idOf, idsOf, type Id } from '../../src/content/ids'
import { memoInRequest } from '../shared/request-memo'

export type PublicContentIds = { articles: Id[]; sources: Id[]; thinkTanks: Id[]; media: Id[] }

/*
 * These queries decide what readers may see, so they run beneath access control (overrideAccess)
 * and filter on the published status themselves; running them through the reader's access would
 * recurse into the very rules they serve.
 */
async function loadPublicContentIds(payload: Payload): Promise<PublicContentIds> {
  const issues = await payload.find({
    collection: SLUGS.issues,
    where: { _status: { equals: 'published' } },
    select: { articles: true, cover: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const issueArticleIds = [...new Set(issues.docs.flatMap((issue) => idsOf(issue.articles)))]
  const coverIds = issues.docs.map((issue) => idOf(issue.cover)).filter((id): id is Id => id !== undefined)
  if (issueArticleIds.length === 0) return { articles: [], sources: [], thinkTanks: [], media: coverIds }

  const articles = await payload.find({
    collection: SLUGS.articles,
    where: { and: [{ id: { in: issueArticleIds } }, { _status: { equals: 'published' } }] },
    select: { sources: true, thinkTank: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const sourceIds = [...new Set(articles.docs.flatMap((article) => idsOf(article.sources)))]
  const sources =
    sourceIds.length === 0
      ? []
      : (
          await payload.find({
            collection: SLUGS.sources,
            where: { id: { in: sourceIds } },
            select: { thinkTank: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
          })
        ).docs
  const thinkTankIds = new Set<Id>()
  for (const doc of [...articles.docs, ...sources]) {
    const id = idOf(doc.thinkTank)
    if (id !== undefined) thinkTankIds.add(id)
  }
  const logos =
    thinkTankIds.size === 0
      ? []
      : (
          await payload.find({
            collection: SLUGS.thinkTanks,
            where: { id: { in: [...thinkTankIds] } },
            select: { logo: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
          })
        ).docs.map((thinkTank) => idOf(thinkTank.logo))
  return {
    articles: articles.docs.map((article) => article.id),
    sources: sources.map((source) => source.id),
    thinkTanks: [...thinkTankIds],
    // Images readers may load: covers of published issues and logos of think tanks they can see.
    media: [...new Set([...coverIds, ...logos.filter((id): id is Id => id !== undefined)])],
  }
}

/** What published issues contain, computed once per request however many collections ask. */
export const publicContentIds = (req: PayloadRequest): Promise<PublicContentIds> =>
  memoInRequest(req, 'publicContentIds', () => loadPublicContentIds(req.payload))
