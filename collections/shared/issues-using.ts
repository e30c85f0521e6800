import type { PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idsOf, type Id } from '../../src/content/ids'
import { readAs } from '../../services/workflow/read-as'

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
