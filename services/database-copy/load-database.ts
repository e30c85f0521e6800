import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import {
  countMismatches,
  manifestFiles,
  MANIFEST_FILE,
  MEDIA_FOLDER,
  nonEmptyTargetMessage,
  parseManifest,
  unknownSlugs,
  type DumpManifest,
  type RecordCount,
} from '../../src/database-copy/dump-manifest'
import { copiedCollection, copiedCollections, copiedGlobal, copiedGlobals } from './copied-slugs'
import { seamFor } from './database-seam'
import { digestNdjson, readNdjson } from './ndjson-file'

/** The target holds data and the caller did not ask to replace it. */
export class TargetNotEmptyError extends Error {}

export type LoadReport = { records: number; mediaFiles: number }

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Reads manifest.json and checks every file it names against its checksum and record count. */
export async function readVerifiedManifest(dir: string): Promise<DumpManifest> {
  const manifestPath = path.join(dir, MANIFEST_FILE)
  if (!existsSync(manifestPath)) throw new Error(`${dir} has no ${MANIFEST_FILE}: not a dump, or a backup that did not finish`)
  const manifest = parseManifest(JSON.parse(await readFile(manifestPath, 'utf8')))
  for (const entry of manifestFiles(manifest)) {
    const file = path.join(dir, entry.file)
    if (!existsSync(file)) throw new Error(`the dump lacks ${entry.file}`)
    const found = await digestNdjson(file)
    if (found.sha256 !== entry.sha256 || found.records !== entry.records) {
      throw new Error(`${entry.file} does not match the manifest (${found.records} records, sha256 ${found.sha256.slice(0, 12)}; expected ${entry.records}, ${entry.sha256.slice(0, 12)})`)
    }
  }
  for (const entry of manifest.media) {
    const file = path.join(dir, entry.file)
    if (!existsSync(file) || (await sha256OfFile(file)) !== entry.sha256) throw new Error(`the media file ${entry.file} is missing or does not match the manifest`)
  }
  return manifest
}

/** How many records each collection (and its versions) and global of the target holds; migrations not counted. */
export async function countRecords(payload: Payload, req: Partial<PayloadRequest> = {}): Promise<RecordCount[]> {
  const counts: RecordCount[] = []
  for (const collection of copiedCollections(payload)) {
    counts.push({ slug: collection.slug, records: (await payload.db.count({ collection: collection.slug, req })).totalDocs })
    if (collection.versions) counts.push({ slug: `${collection.slug} versions`, records: (await payload.db.countVersions({ collection: collection.slug, req })).totalDocs })
  }
  for (const global of copiedGlobals(payload)) {
    const stored = await payload.db.findGlobal<Record<string, unknown>>({ slug: global.slug, req })
    counts.push({ slug: `global ${global.slug}`, records: stored && Object.keys(stored).length > 0 ? 1 : 0 })
    if (global.versions) counts.push({ slug: `global ${global.slug} versions`, records: (await payload.db.countGlobalVersions({ global: global.slug, req })).totalDocs })
  }
  return counts
}

/** Refuses (TargetNotEmptyError) a target that holds any record, unless it is to be replaced. */
export async function refuseNonEmptyTarget(payload: Payload, forceHint: string): Promise<void> {
  const message = nonEmptyTargetMessage(await countRecords(payload), forceHint)
  if (message) throw new TargetNotEmptyError(message)
}

const idOf = (record: Record<string, unknown>): number | string => {
  const id = record.id
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('a record without an id')
  return id
}

async function copyMediaFiles(payload: Payload, dir: string, manifest: DumpManifest, overwrite: boolean): Promise<number> {
  const dirs = new Map<string, string>(copiedCollections(payload).flatMap((collection) => (collection.uploadDir ? [[collection.slug, collection.uploadDir] as const] : [])))
  let copied = 0
  for (const entry of manifest.media) {
    const [, slug, ...rest] = entry.file.split('/')
    const uploadDir = slug ? dirs.get(slug) : undefined
    if (!uploadDir || rest.length === 0 || entry.file.split('/')[0] !== MEDIA_FOLDER) throw new Error(`the media file ${entry.file} belongs to no upload collection of this app`)
    const target = path.join(uploadDir, ...rest)
    if (existsSync(target) && (await sha256OfFile(target)) === entry.sha256) continue
    if (existsSync(target) && !overwrite) throw new TargetNotEmptyError(`${target} exists with other content; restore with --force to replace it`)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(path.join(dir, entry.file), target)
    copied += 1
  }
  return copied
}

export type LoadOptions = {
  /** Replace whatever the target holds (restore --force); otherwise a target holding data is refused. */
  force: boolean
  /** Put the dump's media files into the upload folders (restore); db:copy leaves files where they are. */
  media: boolean
  forceHint: string
}

/**
 * Loads a dump into the database `payload` is connected to, as one transaction: documents keep
 * their ids (so relationships, release hashes and sign-offs hold), versions keep their order, and
 * nothing runs hooks. The counts found before commit must equal the manifest's, or nothing is kept.
 */
export async function loadDump(payload: Payload, dir: string, options: LoadOptions): Promise<LoadReport> {
  const manifest = await readVerifiedManifest(dir)
  const unknown = unknownSlugs(manifest, {
    collections: copiedCollections(payload).map((collection) => collection.slug),
    globals: copiedGlobals(payload).map((global) => global.slug),
  })
  if (unknown.length > 0) throw new Error(`the dump holds records of collections this app does not have: ${unknown.join(', ')}`)
  if (!options.force) await refuseNonEmptyTarget(payload, options.forceHint)
  const mediaFiles = options.media ? await copyMediaFiles(payload, dir, manifest, options.force) : 0

  const seam = seamFor(payload)
  const records = await seam.loadAtOnce(payload, { wipe: options.force }, async (req) => {
    let loaded = 0
    for (const entry of manifest.collections) {
      for await (const doc of readNdjson(path.join(dir, entry.docs.file))) {
        await payload.db.create({ collection: copiedCollection(payload, entry.slug).slug, data: doc, customID: idOf(doc), req, returning: false })
        loaded += 1
      }
      if (!entry.versions) continue
      for await (const version of readNdjson(path.join(dir, entry.versions.file))) {
        await seam.insertVersion(payload, { collection: entry.slug }, version, req)
        loaded += 1
      }
    }
    for (const entry of manifest.globals) {
      for await (const doc of readNdjson(path.join(dir, entry.doc.file))) {
        await payload.db.createGlobal({ slug: copiedGlobal(payload, entry.slug).slug, data: doc, req, returning: false })
        loaded += 1
      }
      if (!entry.versions) continue
      for await (const version of readNdjson(path.join(dir, entry.versions.file))) {
        await seam.insertVersion(payload, { global: entry.slug }, version, req)
        loaded += 1
      }
    }
    const found = new Map((await countRecords(payload, req)).map((count) => [count.slug, count.records]))
    const mismatches = countMismatches(manifest, found)
    if (mismatches.length > 0) throw new Error(`the loaded counts differ from the dump's, nothing was kept: ${mismatches.join('; ')}`)
    return loaded
  })
  return { records, mediaFiles }
}
