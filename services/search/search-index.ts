import type { Payload, PayloadRequest } from 'payload'

import type { Release } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { parseReleaseContent } from '../../src/release/parse-release-content'
import { searchEntriesOf } from '../../src/search/search-entries'
import { AS_SYSTEM } from '../payload/as-system'

/*
 * The search index follows which release is current: a release that becomes current adds its
 * sections, one that stops being current takes them away. Written as the system (the index is
 * derived data, never a person's edit).
 */

export async function indexRelease(req: PayloadRequest, release: Pick<Release, 'claim' | 'content'>): Promise<void> {
  await unindexRelease(req, release.claim)
  await addToIndex(req, release)
}

/**
 * Adds the sections of a release just created: its claim is new, so nothing is indexed under it yet. Below
 * the collection's operation: the rows are derived, have no hooks and no one's access to check, and the
 * operation would read each one back (a sixth of an archive import's statements on PostgreSQL).
 */
export async function addToIndex(req: PayloadRequest, release: Pick<Release, 'claim' | 'content'>): Promise<void> {
  const now = new Date().toISOString()
  for (const entry of searchEntriesOf(parseReleaseContent(release.content), release.claim)) {
    await req.payload.db.create({ collection: SLUGS.searchEntries, data: { ...entry, createdAt: now, updatedAt: now }, req, returning: false })
  }
}

/** Counted first: a bulk delete that finds nothing still runs its find and its lock and preference clean-ups, and a new release has no entries. */
export async function unindexRelease(req: PayloadRequest, claim: string): Promise<void> {
  const where = { claim: { equals: claim } }
  const existing = await req.payload.count({ collection: SLUGS.searchEntries, where, req, ...AS_SYSTEM })
  if (existing.totalDocs > 0) await req.payload.delete({ collection: SLUGS.searchEntries, where, req, ...AS_SYSTEM })
}

/**
 * Builds the index for current releases when it is empty (a database from before the index, or
 * MongoDB's first start): one page of releases at a time.
 */
export async function indexCurrentReleasesIfEmpty(payload: Payload, req: PayloadRequest): Promise<number> {
  const existing = await payload.count({ collection: SLUGS.searchEntries, ...AS_SYSTEM })
  if (existing.totalDocs > 0) return 0
  let indexed = 0
  for (let page = 1; ; page += 1) {
    const found = await payload.find({
      collection: SLUGS.releases,
      where: { latest: { equals: true } },
      sort: 'publishedAt',
      limit: 100,
      page,
      select: { claim: true, content: true },
      ...AS_SYSTEM,
    })
    for (const release of found.docs) await indexRelease(req, release)
    indexed += found.docs.length
    if (!found.hasNextPage) return indexed
  }
}
