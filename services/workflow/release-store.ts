import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { releaseIndex } from '../../src/release/release-index'
import { toDocumentId } from '../payload/document-id'
import { indexRelease, unindexRelease } from '../search/search-index'
import type { PlannedRelease } from './action-plan'

export const releaseClaim = (issueId: Id, revision: number): string => `${issueId}:${revision}`

/** Writes a revision's release as the one readers get (retireOlderReleases then hands over). */
export async function storeRelease(req: PayloadRequest, issueId: Id, release: PlannedRelease): Promise<void> {
  const { content, hash, signoffs } = release
  const claim = releaseClaim(issueId, content.revision)
  const index = releaseIndex(content)
  await req.payload.create({
    collection: SLUGS.releases,
    data: {
      issue: toDocumentId(issueId),
      revision: content.revision,
      claim,
      title: content.issue.title,
      slug: index.slug,
      number: content.issue.number,
      publishedAt: content.publishedAt,
      year: index.year,
      latest: true,
      isCorrection: content.correction !== null,
      hash,
      content,
      signoffs,
      articleSlugs: index.articleSlugs,
      thinkTankSlugs: index.thinkTankSlugs,
      topics: index.topics,
      sourceUrls: index.sourceUrls,
      sourceUrlsIndexed: true,
      searchText: index.searchText,
      coverFilename: index.coverFilename,
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
}

/** The issue's older releases stop being the current one; they stay readable at their own URLs. */
export async function retireOlderReleases(req: PayloadRequest, issueId: Id, revision: number): Promise<void> {
  const claim = releaseClaim(issueId, revision)
  const older = await req.payload.find({
    collection: SLUGS.releases,
    where: { and: [{ issue: { equals: issueId } }, { latest: { equals: true } }, { claim: { not_equals: claim } }] },
    select: { latest: true },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const previous of older.docs) {
    await req.payload.update({ collection: SLUGS.releases, id: previous.id, data: { latest: false }, depth: 0, req, overrideAccess: true })
  }
}

/** Removes a release below the collection's hooks: only for undoing a release whose publication failed. */
export async function removeUnfinishedRelease(req: PayloadRequest, issueId: Id, revision: number): Promise<void> {
  const claim = releaseClaim(issueId, revision)
  await req.payload.db.deleteOne({ collection: SLUGS.releases, where: { claim: { equals: claim } }, req })
  await unindexRelease(req, claim)
}

/** Gives the latest flag back to the issue's newest remaining release (after an undo). */
export async function restoreLatestRelease(req: PayloadRequest, issueId: Id): Promise<void> {
  const found = await req.payload.find({
    collection: SLUGS.releases,
    where: { issue: { equals: issueId } },
    sort: '-revision',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const newest = found.docs[0]
  if (newest && !newest.latest) {
    await req.payload.db.updateOne({ collection: SLUGS.releases, id: newest.id, data: { latest: true }, req })
    await indexRelease(req, newest)
  }
}
