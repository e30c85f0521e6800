import type { PayloadRequest } from 'payload'

import type { Release } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { releaseTags } from '../../src/site/reader-cache-tags'

/** The current issues just before and after `release` in publication order (their previous/next links name it). */
async function neighbourSlugs(req: PayloadRequest, release: Release): Promise<string[]> {
  const beside = (operator: 'less_than' | 'greater_than', sort: string) =>
    req.payload.find({
      collection: SLUGS.releases,
      where: { and: [{ latest: { equals: true } }, { slug: { not_equals: release.slug } }, { publishedAt: { [operator]: release.publishedAt } }] },
      sort,
      limit: 1,
      pagination: false,
      select: { slug: true },
      depth: 0,
      req,
      overrideAccess: true,
    })
  // One after the other: inside the release's transaction both would share one connection.
  const before = await beside('less_than', '-publishedAt')
  const after = await beside('greater_than', 'publishedAt')
  return [...before.docs, ...after.docs].map((doc) => doc.slug)
}

/** Every reader-page tag a written (or retired) release changes. */
export async function releasePurgeTags(req: PayloadRequest, release: Release): Promise<string[]> {
  return releaseTags(
    {
      slug: release.slug,
      year: release.year,
      isCorrection: release.isCorrection === true,
      articleSlugs: release.articleSlugs ?? [],
      thinkTankSlugs: release.thinkTankSlugs ?? [],
      topics: release.topics ?? [],
    },
    await neighbourSlugs(req, release),
  )
}
