import type { Where } from 'payload'

import type { Release } from '../../../payload-types'
import { SLUGS } from '../../../src/collection-slugs'
import { idOf } from '../../../src/content/ids'
import { parseReleaseContent } from '../../../src/release/parse-release-content'
import type { ReleaseContent } from '../../../src/release/release-content'
import { getPayloadClient } from './payload'

/*
 * The only place reader pages read from: the `releases` collection, as an anonymous reader. Every
 * query runs in the database (indexed fields, limit/page), so no page loads the whole archive.
 */
export type ReleaseRecord = {
  issueId: string
  revision: number
  latest: boolean
  isCorrection: boolean
  hash: string
  publishedAt: string
  content: ReleaseContent
}

export type ReleasePage = { records: ReleaseRecord[]; page: number; pages: number; total: number }

const AS_READER = { overrideAccess: false, user: null, depth: 0 } as const

/** Releases readers get now (one per published issue). */
export const CURRENT: Where = { latest: { equals: true } }

export const both = (...conditions: Where[]): Where => ({ and: conditions })

export const toRecord = (release: Release): ReleaseRecord => ({
  issueId: String(idOf(release.issue)),
  revision: release.revision,
  latest: release.latest === true,
  isCorrection: release.isCorrection === true,
  hash: release.hash,
  publishedAt: release.publishedAt,
  content: parseReleaseContent(release.content),
})

/** One page of releases matching `where`, newest first; a page past the end gives the last page. */
export async function findReleases(where: Where, page: number, perPage: number, sort = '-publishedAt'): Promise<ReleasePage> {
  const payload = await getPayloadClient()
  const wanted = Math.max(1, Math.floor(page) || 1)
  const query = (at: number) => payload.find({ collection: SLUGS.releases, where, sort, limit: perPage, page: at, ...AS_READER })
  let found = await query(wanted)
  if (found.docs.length === 0 && found.totalPages > 0 && wanted > found.totalPages) found = await query(found.totalPages)
  return { records: found.docs.map(toRecord), page: found.page ?? wanted, pages: Math.max(1, found.totalPages), total: found.totalDocs }
}

export async function findRelease(where: Where, sort = '-publishedAt'): Promise<ReleaseRecord | null> {
  const payload = await getPayloadClient()
  const found = await payload.find({ collection: SLUGS.releases, where, sort, limit: 1, pagination: false, ...AS_READER })
  const release = found.docs[0]
  return release ? toRecord(release) : null
}

export type ReleaseLink = { slug: string; title: string; revision: number }

/** Slug and title of the first release matching `where` (previous/next links: no content loaded). */
export async function findReleaseLink(where: Where, sort: string): Promise<ReleaseLink | null> {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: SLUGS.releases,
    where,
    sort,
    limit: 1,
    pagination: false,
    select: { slug: true, title: true, revision: true },
    ...AS_READER,
  })
  const release = found.docs[0]
  return release ? { slug: release.slug, title: release.title, revision: release.revision } : null
}

export type ReleaseIndexRow = { slug: string; publishedAt: string; releasedAt: string; articleSlugs: string[] }

/**
 * One block of current releases in publication order, oldest first (a sitemap part): indexed fields
 * only, no content. Null for a block past the end.
 */
export async function currentReleaseIndex(block: number, perBlock: number): Promise<ReleaseIndexRow[] | null> {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: SLUGS.releases,
    where: CURRENT,
    // The slug breaks ties between issues of one date, so each issue stays in its block.
    sort: ['publishedAt', 'slug'],
    limit: perBlock,
    page: block,
    select: { slug: true, publishedAt: true, createdAt: true, articleSlugs: true },
    ...AS_READER,
  })
  if (found.docs.length === 0 && block > 1) return null
  return found.docs.map((release) => ({
    slug: release.slug,
    publishedAt: release.publishedAt,
    // When this release was written: a correction keeps the issue's date but changes its pages.
    releasedAt: release.createdAt,
    articleSlugs: release.articleSlugs ?? [],
  }))
}

export async function countCurrentReleases(): Promise<number> {
  const payload = await getPayloadClient()
  return (await payload.count({ collection: SLUGS.releases, where: CURRENT, ...AS_READER })).totalDocs
}

/** When the newest current release was written (null: nothing released). */
export async function newestReleaseTime(): Promise<string | null> {
  const payload = await getPayloadClient()
  const found = await payload.find({ collection: SLUGS.releases, where: CURRENT, sort: '-createdAt', limit: 1, pagination: false, select: { createdAt: true }, ...AS_READER })
  return found.docs[0]?.createdAt ?? null
}

/** The distinct values of a hasMany text field over the current releases (think tanks, topics), sorted. */
export async function currentReleaseValues(field: 'thinkTankSlugs' | 'topics'): Promise<string[]> {
  const payload = await getPayloadClient()
  const found = await payload.findDistinct({ collection: SLUGS.releases, field, where: CURRENT, ...AS_READER })
  // Typed as the field (an array); the adapters give one value per row.
  const values: unknown[] = found.values.flatMap((row) => row[field] ?? [])
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))].sort()
}
