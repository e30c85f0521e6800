import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { UNCOPIED_COLLECTIONS } from '../../src/database-copy/dump-manifest'

export type CopiedCollection = { slug: CollectionSlug; versions: boolean; uploadDir: string | null }
export type CopiedGlobal = { slug: GlobalSlug; versions: boolean }

/**
 * Every collection and global of the running config, read from the config itself so that a new
 * collection is copied, backed up and restored without a change here.
 */
export function copiedCollections(payload: Payload): CopiedCollection[] {
  return payload.config.collections
    .filter((collection) => !UNCOPIED_COLLECTIONS.includes(collection.slug))
    .map((collection) => ({
      slug: collection.slug,
      versions: Boolean(collection.versions),
      uploadDir: collection.upload && typeof collection.upload === 'object' && collection.upload.staticDir ? collection.upload.staticDir : null,
    }))
}

export function copiedGlobals(payload: Payload): CopiedGlobal[] {
  return payload.config.globals.map((global) => ({ slug: global.slug, versions: Boolean(global.versions) }))
}

/** The running config's collection for a slug read from a dump, or an error naming it. */
export function copiedCollection(payload: Payload, slug: string): CopiedCollection {
  const found = copiedCollections(payload).find((collection) => collection.slug === slug)
  if (!found) throw new Error(`this app has no collection ${slug}`)
  return found
}

export function copiedGlobal(payload: Payload, slug: string): CopiedGlobal {
  const found = copiedGlobals(payload).find((global) => global.slug === slug)
  if (!found) throw new Error(`this app has no global ${slug}`)
  return found
}
