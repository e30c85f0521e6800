import { upsertRow, type DrizzleAdapter } from '@payloadcms/drizzle'
import { buildVersionCollectionFields, buildVersionGlobalFields, type Payload, type PayloadRequest } from 'payload'

import type { VersionOwner } from '../database-seam'

const snakeCase = (slug: string) => slug.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

function drizzleAdapter(payload: Payload): DrizzleAdapter {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') throw new Error(`the ${payload.db.name} adapter is not drizzle-based`)
  // Both SQL adapters are built on @payloadcms/drizzle.
  return payload.db as unknown as DrizzleAdapter
}

/**
 * Writes one version row as it was dumped — its id, `latest` flag, timestamps and data — through the
 * drizzle adapters' own row writer. (`payload.db.createVersion` would renumber it and recompute `latest`.)
 */
export async function insertDrizzleVersion(payload: Payload, owner: VersionOwner, record: Record<string, unknown>, req: Partial<PayloadRequest>): Promise<void> {
  const adapter = drizzleAdapter(payload)
  const slug = 'collection' in owner ? owner.collection : owner.global
  const key = `_${snakeCase(slug)}${adapter.versionsSuffix ?? '_v'}`
  const tableName = adapter.tableNameMap.get(key)
  if (!tableName) throw new Error(`no versions table for ${slug}`)
  const session = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  const id = record.id
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error(`a version of ${slug} without an id`)
  const { id: _dropped, ...data } = record
  if ('collection' in owner) {
    const collection = payload.config.collections.find((candidate) => candidate.slug === owner.collection)
    if (!collection) throw new Error(`no collection ${owner.collection}`)
    await upsertRow({
      adapter,
      collectionSlug: owner.collection,
      customID: id,
      data,
      db: session?.db ?? adapter.drizzle,
      fields: buildVersionCollectionFields(payload.config, collection, true),
      ignoreResult: 'idOnly',
      operation: 'create',
      req,
      tableName,
    })
    return
  }
  const global = payload.config.globals.find((candidate) => candidate.slug === owner.global)
  if (!global) throw new Error(`no global ${owner.global}`)
  await upsertRow({
    adapter,
    customID: id,
    data,
    db: session?.db ?? adapter.drizzle,
    fields: buildVersionGlobalFields(payload.config, global, true),
    globalSlug: owner.global,
    ignoreResult: 'idOnly',
    operation: 'create',
    req,
    tableName,
  })
}
