import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest, Where } from 'payload'

import {
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  docsFileName,
  globalFileName,
  globalVersionsFileName,
  isSafeRelativePath,
  MANIFEST_FILE,
  MEDIA_FOLDER,
  versionsFileName,
  type DumpCollectionEntry,
  type DumpGlobalEntry,
  type DumpManifest,
  type DumpMediaEntry,
} from '../../src/database-copy/dump-manifest'
import { copiedCollections, copiedGlobals } from './copied-slugs'
import { seamFor } from './database-seam'
import { writeNdjson } from './ndjson-file'

const PAGE = 500

type Id = number | string
const afterId = (last: Id | undefined): Where => (last === undefined ? {} : { id: { greater_than: last } })

/** Pages through a collection (or its versions) by ascending id, so every page is one indexed range read. */
async function* pagesById(fetch: (where: Where) => Promise<{ docs: Record<string, unknown>[] }>): AsyncGenerator<Record<string, unknown>[]> {
  let last: Id | undefined
  for (;;) {
    const { docs } = await fetch(afterId(last))
    if (docs.length === 0) return
    yield docs
    const id = docs.at(-1)?.id
    if (typeof id !== 'number' && typeof id !== 'string') throw new Error('a record without an id')
    last = id
    if (docs.length < PAGE) return
  }
}

/** The files an upload record names: the original and each generated size. */
function uploadFileNames(doc: Record<string, unknown>): string[] {
  const names = typeof doc.filename === 'string' ? [doc.filename] : []
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, unknown>)) {
      if (size && typeof size === 'object' && 'filename' in size && typeof size.filename === 'string') names.push(size.filename)
    }
  }
  return names
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export type DumpOptions = {
  /** Copy the files of upload collections (media) into the dump too. */
  media: boolean
}

export type DumpReport = { manifest: DumpManifest; records: number; missingMediaFiles: string[] }

async function newestMigration(payload: Payload, req: Partial<PayloadRequest>): Promise<string | null> {
  const { docs } = await payload.db.find<Record<string, unknown>>({ collection: 'payload-migrations', sort: '-id', limit: 1, pagination: false, req })
  const name = docs[0]?.name
  return typeof name === 'string' ? name : null
}

/**
 * Writes every collection (documents and versions) and global of the database into `dir` from one
 * consistent read, then the media files those records name, then `manifest.json` last (a dump
 * without it is incomplete). Reads go through `payload.db`, beneath hooks and access control.
 */
export async function dumpDatabase(payload: Payload, dir: string, options: DumpOptions): Promise<DumpReport> {
  await mkdir(path.dirname(dir), { recursive: true })
  // New and private: a dump holds password hashes and every subscriber's address, so a folder that
  // already exists (perhaps made by someone else in a shared place) is refused, and only we may read it.
  await mkdir(dir, { mode: 0o700 })
  const uploads = new Map<string, Set<string>>()
  const { collections, globals, schema } = await seamFor(payload).readSnapshot(payload, async (req) => {
    const collectionEntries: DumpCollectionEntry[] = []
    for (const collection of copiedCollections(payload)) {
      const seen = collection.uploadDir ? new Set<string>() : null
      if (collection.uploadDir && seen) uploads.set(collection.slug, seen)
      const docs = await writeNdjson(
        dir,
        docsFileName(collection.slug),
        (async function* () {
          for await (const page of pagesById((where) =>
            payload.db.find<Record<string, unknown>>({ collection: collection.slug, where, sort: 'id', limit: PAGE, pagination: false, req }),
          )) {
            if (seen) for (const doc of page) for (const name of uploadFileNames(doc)) seen.add(name)
            yield page
          }
        })(),
      )
      const versions = collection.versions
        ? await writeNdjson(
            dir,
            versionsFileName(collection.slug),
            pagesById((where) => payload.db.findVersions<Record<string, unknown>>({ collection: collection.slug, where, sort: 'id', limit: PAGE, pagination: false, req })),
          )
        : undefined
      collectionEntries.push(versions ? { slug: collection.slug, docs, versions } : { slug: collection.slug, docs })
    }
    const globalEntries: DumpGlobalEntry[] = []
    for (const global of copiedGlobals(payload)) {
      const doc = await writeNdjson(
        dir,
        globalFileName(global.slug),
        (async function* () {
          const stored = await payload.db.findGlobal<Record<string, unknown>>({ slug: global.slug, req })
          if (stored && typeof stored === 'object' && Object.keys(stored).length > 0) yield [stored]
        })(),
      )
      const versions = global.versions
        ? await writeNdjson(
            dir,
            globalVersionsFileName(global.slug),
            pagesById((where) => payload.db.findGlobalVersions<Record<string, unknown>>({ global: global.slug, where, sort: 'id', limit: PAGE, pagination: false, req })),
          )
        : undefined
      globalEntries.push(versions ? { slug: global.slug, doc, versions } : { slug: global.slug, doc })
    }
    return { collections: collectionEntries, globals: globalEntries, schema: await newestMigration(payload, req) }
  })

  const media: DumpMediaEntry[] = []
  const missingMediaFiles: string[] = []
  if (options.media) {
    for (const collection of copiedCollections(payload)) {
      const names = uploads.get(collection.slug)
      if (!collection.uploadDir || !names) continue
      for (const name of [...names].sort()) {
        const file = `${MEDIA_FOLDER}/${collection.slug}/${name}`
        const source = path.join(collection.uploadDir, name)
        if (!isSafeRelativePath(file) || !existsSync(source)) {
          missingMediaFiles.push(`${collection.slug}/${name}`)
          continue
        }
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true, mode: 0o700 })
        await copyFile(source, path.join(dir, file))
        media.push({ file, bytes: (await stat(path.join(dir, file))).size, sha256: await sha256OfFile(path.join(dir, file)) })
      }
    }
  }

  const manifest: DumpManifest = {
    format: DUMP_FORMAT,
    formatVersion: DUMP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    sourceAdapter: payload.db.name,
    schema,
    collections,
    globals,
    media,
  }
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx', mode: 0o600 })
  const records = collections.reduce((sum, entry) => sum + entry.docs.records + (entry.versions?.records ?? 0), 0) + globals.reduce((sum, entry) => sum + entry.doc.records + (entry.versions?.records ?? 0), 0)
  return { manifest, records, missingMediaFiles }
}
