import { and, eq, inArray, type AnyColumn, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { isPostgres, isSqlite } from '../database/adapter-kind'
import { transactionConnection } from '../database/transaction-connection'

/** The table Payload keeps a release's `sourceUrls` in (one row per URL) on the SQL adapters. */
const SOURCE_URLS_TABLE = 'releases_texts'
const SOURCE_URLS_PATH = 'sourceUrls'

/** The columns of a Payload texts table that are read here. */
type TextsTable = { parent: AnyColumn; path: AnyColumn; text: AnyColumn }

/** The one query builder call used here, which SQLite's and PostgreSQL's drizzle share but type apart. */
type SelectDistinct = {
  selectDistinct: (fields: { id: AnyColumn }) => { from: (table: TextsTable) => { where: (condition: SQL | undefined) => Promise<{ id: Id }[]> } }
}

/**
 * The ids of the releases whose `sourceUrls` hold any of `urls` (canonical URLs), whoever may read them:
 * the caller reads the releases themselves with its own access.
 *
 * Payload queries a hasMany text field through a LEFT JOIN of its texts table, which SQLite never
 * reorders: it walked every release and looked up its URLs (134 ms at 10,000 issues, on every import
 * and every check of an issue). On the SQL adapters the texts table is read here by its `text` index
 * (under a millisecond); MongoDB keeps the URLs in the release's own array, which Payload's query
 * answers from its index.
 */
export async function releaseIdsCiting(req: PayloadRequest, urls: readonly string[]): Promise<Id[]> {
  if (urls.length === 0) return []
  const { db } = req.payload
  if (isSqlite(db) || isPostgres(db)) {
    const texts = db.tables[SOURCE_URLS_TABLE] as TextsTable | undefined
    if (!texts) throw new Error(`The ${SOURCE_URLS_TABLE} table is missing from the database schema.`)
    // Inside the caller's transaction when it has one: releases it wrote are seen.
    const drizzle = ((await transactionConnection<typeof db.drizzle>(db, req)) ?? db.drizzle) as unknown as SelectDistinct
    const rows = await drizzle
      .selectDistinct({ id: texts.parent })
      .from(texts)
      .where(and(eq(texts.path, SOURCE_URLS_PATH), inArray(texts.text, [...urls])))
    return rows.map((row) => row.id)
  }
  const found = await req.payload.find({
    collection: SLUGS.releases,
    where: { sourceUrls: { in: [...urls] } },
    select: {},
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return found.docs.map((release) => release.id)
}
