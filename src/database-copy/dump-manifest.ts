/**
 * The dump format shared by `npm run backup`, `npm run restore` and `npm run db:copy`: a folder with
 * `manifest.json` and one NDJSON file per collection (its documents, and its versions when it has
 * them) and per global. Documents are stored as the database adapter reads them (ids, password hashes,
 * hidden fields and timestamps included), so a dump taken from one adapter loads into any other.
 */
export const DUMP_FORMAT = 'zhiku-dump'
export const DUMP_FORMAT_VERSION = 1
export const MANIFEST_FILE = 'manifest.json'
export const MEDIA_FOLDER = 'media'

export type DumpFileEntry = { file: string; records: number; sha256: string }
export type DumpCollectionEntry = { slug: string; docs: DumpFileEntry; versions?: DumpFileEntry }
export type DumpGlobalEntry = { slug: string; doc: DumpFileEntry; versions?: DumpFileEntry }
export type DumpMediaEntry = { file: string; bytes: number; sha256: string }

export type DumpManifest = {
  format: typeof DUMP_FORMAT
  formatVersion: number
  createdAt: string
  /** The adapter it was read from (`sqlite`, `postgres`, `mongoose`). */
  sourceAdapter: string
  /** The newest migration the source had run: a dump loads into a database migrated to the same schema. */
  schema: string | null
  collections: DumpCollectionEntry[]
  globals: DumpGlobalEntry[]
  media: DumpMediaEntry[]
}

/** Collections never copied: the target keeps its own migration history. */
export const UNCOPIED_COLLECTIONS: readonly string[] = ['payload-migrations']

export const docsFileName = (slug: string) => `collections/${slug}.ndjson`
export const versionsFileName = (slug: string) => `collections/${slug}.versions.ndjson`
export const globalFileName = (slug: string) => `globals/${slug}.ndjson`
export const globalVersionsFileName = (slug: string) => `globals/${slug}.versions.ndjson`

/** Every data file the manifest names, with what it must hold. */
export function manifestFiles(manifest: DumpManifest): DumpFileEntry[] {
  return [
    ...manifest.collections.flatMap((entry) => (entry.versions ? [entry.docs, entry.versions] : [entry.docs])),
    ...manifest.globals.flatMap((entry) => (entry.versions ? [entry.doc, entry.versions] : [entry.doc])),
  ]
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isFileEntry = (value: unknown): value is DumpFileEntry =>
  isRecord(value) && typeof value.file === 'string' && typeof value.records === 'number' && typeof value.sha256 === 'string'
/** A manifest names files inside its folder only: no absolute paths, no `..`, no backslashes. */
export const isSafeRelativePath = (file: string) =>
  file.length > 0 && !file.startsWith('/') && !file.includes('\\') && !file.includes('\0') && file.split('/').every((part) => part !== '..' && part !== '' && part !== '.')

/** Reads manifest.json's parsed JSON; throws with what is wrong when it is not a dump this version can load. */
export function parseManifest(value: unknown): DumpManifest {
  if (!isRecord(value) || value.format !== DUMP_FORMAT) throw new Error(`not a Zhiku dump (manifest.json has no "format": "${DUMP_FORMAT}")`)
  if (value.formatVersion !== DUMP_FORMAT_VERSION) {
    throw new Error(`dump format version ${String(value.formatVersion)} is not supported (this version reads ${DUMP_FORMAT_VERSION})`)
  }
  const { collections, globals, media } = value
  if (!Array.isArray(collections) || !Array.isArray(globals) || !Array.isArray(media)) throw new Error('manifest.json lacks its collections, globals or media lists')
  for (const entry of collections) {
    if (!isRecord(entry) || typeof entry.slug !== 'string' || !isFileEntry(entry.docs) || (entry.versions !== undefined && !isFileEntry(entry.versions))) {
      throw new Error('manifest.json has a malformed collection entry')
    }
  }
  for (const entry of globals) {
    if (!isRecord(entry) || typeof entry.slug !== 'string' || !isFileEntry(entry.doc) || (entry.versions !== undefined && !isFileEntry(entry.versions))) {
      throw new Error('manifest.json has a malformed global entry')
    }
  }
  for (const entry of media) {
    if (!isRecord(entry) || typeof entry.file !== 'string' || typeof entry.bytes !== 'number' || typeof entry.sha256 !== 'string') throw new Error('manifest.json has a malformed media entry')
  }
  const manifest = value as DumpManifest
  const unsafe = [...manifestFiles(manifest).map((entry) => entry.file), ...manifest.media.map((entry) => entry.file)].find((file) => !isSafeRelativePath(file))
  if (unsafe !== undefined) throw new Error(`manifest.json names a file outside the dump: ${JSON.stringify(unsafe)}`)
  return manifest
}

/**
 * What a dump cannot be loaded into: collections or globals it holds that the running config lacks.
 * (Collections the config has and the dump lacks simply stay empty.)
 */
export function unknownSlugs(manifest: DumpManifest, config: { collections: readonly string[]; globals: readonly string[] }): string[] {
  const collections = new Set(config.collections)
  const globals = new Set(config.globals)
  return [
    ...manifest.collections.filter((entry) => !collections.has(entry.slug) && entry.docs.records + (entry.versions?.records ?? 0) > 0).map((entry) => entry.slug),
    ...manifest.globals.filter((entry) => !globals.has(entry.slug) && entry.doc.records > 0).map((entry) => `global ${entry.slug}`),
  ]
}

export type RecordCount = { slug: string; records: number }

/** The refusal for a target that already holds records: which collections, how many. Null when it is empty. */
export function nonEmptyTargetMessage(counts: readonly RecordCount[], forceHint: string): string | null {
  const held = counts.filter((count) => count.records > 0)
  if (held.length === 0) return null
  const list = held.map((count) => `${count.slug}: ${count.records}`).join(', ')
  return `The target database holds data (${list}). ${forceHint}`
}

/** Counts the manifest promises against the counts found after a load; each difference as a sentence. */
export function countMismatches(manifest: DumpManifest, found: ReadonlyMap<string, number>): string[] {
  const expected = new Map<string, number>()
  for (const entry of manifest.collections) {
    expected.set(entry.slug, entry.docs.records)
    if (entry.versions) expected.set(`${entry.slug} versions`, entry.versions.records)
  }
  for (const entry of manifest.globals) {
    if (entry.versions) expected.set(`global ${entry.slug} versions`, entry.versions.records)
  }
  return [...expected.entries()].filter(([key, count]) => (found.get(key) ?? 0) !== count).map(([key, count]) => `${key}: expected ${count}, found ${found.get(key) ?? 0}`)
}
