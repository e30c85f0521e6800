import path from 'node:path'

import JSZip from 'jszip'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

import { bilingual, type Bilingual } from '../../src/i18n/bilingual'
import {
  ARCHIVE_LIMITS,
  archiveRefusal,
  declaredTotalRefusal,
  decodeEntryName,
  entryCountRefusal,
  fileRefusal,
  inflatedSizeRefusal,
  judgeZipEntry,
  unixModeOf,
  type ArchiveLimits,
  type ZipEntryFacts,
} from '../../src/import/archive-rules'
import { ImportError } from '../../src/import/import-error'
import type { ArchiveListing, ImportItem, RefusedItem } from './import-item'

const UTF8_FLAG = 0x800

const refuseArchive = (label: string, reason: string | Bilingual, status: 400 | 413 = 400) =>
  new ImportError(status === 413 ? 'archive-too-large' : 'unsafe-archive', status, archiveRefusal(label, reason, status))

function openZip(source: string | Buffer): Promise<ZipFile> {
  // Names are decoded and judged by our own rules (decodeStrings: false); yauzl still checks
  // that every entry inflates to exactly its declared size (validateEntrySizes).
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip: ZipFile) => (error ? reject(error) : resolve(zip))
    if (typeof source === 'string') yauzl.open(source, options, done)
    else yauzl.fromBuffer(source, options, done)
  })
}

function readDirectory(zip: ZipFile, limits: ArchiveLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = []
    zip.on('entry', (entry: Entry) => {
      entries.push(entry)
      if (entries.length > limits.maxEntries) reject(new Error(entryCountRefusal(entries.length, limits) ?? 'too many entries'))
      else zip.readEntry()
    })
    zip.on('end', () => resolve(entries))
    zip.on('error', reject)
    zip.readEntry()
  })
}

const factsOf = (entry: Entry): ZipEntryFacts => ({
  name: decodeEntryName(entry.fileNameRaw, (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0),
  unixMode: unixModeOf(entry.versionMadeBy, entry.externalFileAttributes),
  compressionMethod: entry.compressionMethod,
  encrypted: entry.isEncrypted(),
  compressedSize: entry.compressedSize,
  uncompressedSize: entry.uncompressedSize,
})

class SizeRefusal extends Error {}

/** Inflates one entry, counting bytes as they come: stops at the first byte past its declared size. */
async function inflate(zip: ZipFile, entry: Entry, name: string, archive: { inflated: number }, limits: ArchiveLimits, keep: boolean): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  let inflated = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length
      archive.inflated += chunk.length
      const refusal = inflatedSizeRefusal({ name, declared: entry.uncompressedSize, inflated, archiveInflated: archive.inflated }, limits)
      if (refusal) throw new SizeRefusal(refusal)
      if (keep) chunks.push(chunk)
    }
  } finally {
    stream.destroy()
  }
  return Buffer.concat(chunks)
}

const isSizeMismatch = (error: unknown) => error instanceof SizeRefusal || (error instanceof Error && /too (many|few) bytes in the stream/.test(error.message))

/**
 * Opens a zip (a path, or the bytes of an upload) and lists the issue files in it, after checking
 * the whole archive: no entry may escape the folder (../, absolute paths, backslashes), be a
 * symbolic link or an archive itself; the entry count and the declared and actually inflated sizes
 * stay within the limits (every issue file is inflated once here, counting bytes, before anything
 * is imported). Throws an ImportError refusing the archive as a whole; otherwise each item reads its
 * file again when its turn comes. Call `close` when done.
 */
export async function listZip(
  source: string | Buffer,
  label: string,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<ArchiveListing & { close: () => void }> {
  let zip: ZipFile
  try {
    zip = await openZip(source)
  } catch (error) {
    throw refuseArchive(label, bilingual('它不是可读取的 zip 文件', `it is not a readable zip file (${messageOf(error)})`))
  }
  const close = () => zip.close()
  try {
    const countRefusal = entryCountRefusal(zip.entryCount, limits)
    if (countRefusal) throw refuseArchive(label, countRefusal, 413)
    let entries: Entry[]
    try {
      entries = await readDirectory(zip, limits)
    } catch (error) {
      const tooMany = /entries/.test(String(error))
      throw refuseArchive(label, tooMany ? messageOf(error) : bilingual('它的文件目录无法读取', messageOf(error)), tooMany ? 413 : 400)
    }
    const judged = entries.map((entry) => {
      const facts = factsOf(entry)
      return { entry, facts, judgement: judgeZipEntry(facts, limits) }
    })
    for (const { judgement } of judged) if (judgement.kind === 'refuse-archive') throw refuseArchive(label, judgement.reason)
    const totalRefusal = declaredTotalRefusal(judged.map(({ facts }) => facts), limits)
    if (totalRefusal) throw refuseArchive(label, totalRefusal, 413)

    const listing: ArchiveListing = { items: [], ignored: [] }
    const archive = { inflated: 0 }
    for (const { entry, facts, judgement } of judged) {
      const itemLabel = `${label}/${facts.name}`
      const filename = path.posix.basename(facts.name)
      if (judgement.kind === 'folder') continue
      if (judgement.kind === 'ignore') {
        listing.ignored.push({ label: itemLabel, reason: judgement.reason })
        continue
      }
      if (judgement.kind === 'refuse-file') {
        const status = judgement.code === 'file-too-large' ? 413 : 415
        const refusal = new ImportError(judgement.code, status, fileRefusal(judgement.code, itemLabel, judgement.reason))
        listing.items.push({ label: itemLabel, refusal } satisfies RefusedItem)
        continue
      }
      if (judgement.kind !== 'import') continue
      const word = /\.docx$/i.test(facts.name)
      let bytes: Buffer
      try {
        // Word files are kept for a moment (at most their declared size, itself within the file limit) to check their own parts.
        bytes = await inflate(zip, entry, facts.name, archive, limits, word)
      } catch (error) {
        if (isSizeMismatch(error)) {
          const reason = error instanceof SizeRefusal ? error.message : `the entry "${facts.name}" does not unpack to the ${entry.uncompressedSize} bytes it declares (a zip bomb?)`
          throw refuseArchive(label, reason, 413)
        }
        throw refuseArchive(label, `the entry "${facts.name}" cannot be unpacked (${messageOf(error)})`, 413)
      }
      if (word && bytes.length > 0) {
        const inspection = await inspectDocx(bytes)
        if (inspection.kind === 'refused') throw refuseArchive(label, `the Word file "${facts.name}" was refused: ${inspection.reason}`, 413)
      }
      listing.items.push({
        label: itemLabel,
        filename,
        read: () => inflate(zip, entry, facts.name, { inflated: 0 }, limits, true),
      } satisfies ImportItem)
    }
    return { ...listing, close }
  } catch (error) {
    close()
    throw error
  }
}

/** A Word file is a zip as well: what its parts may unpack to before mammoth holds them all in memory. */
export const DOCX_LIMITS: ArchiveLimits = { maxEntries: 2_000, maxTotalBytes: 64 * 1024 * 1024, maxFileBytes: 64 * 1024 * 1024 }

/** What the check of a Word file found: safe to read, not a zip at all, or refused (too large or a part that cannot be read). */
export type DocxInspection = { kind: 'ok' } | { kind: 'not-a-zip'; reason: string } | { kind: 'refused'; cause: 'size' | 'unreadable'; reason: string }

const CENTRAL_RECORD_SIGNATURE = 0x02014b50
const tooLarge = (reason: string): DocxInspection => ({ kind: 'refused', cause: 'size', reason })
const unreadable = (reason: string): DocxInspection => ({ kind: 'refused', cause: 'unreadable', reason })
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** yauzl's view: every entry streamed with a byte cap (its declared size, and the limit for all of them). */
async function checkWithYauzl(bytes: Buffer, limits: ArchiveLimits): Promise<{ declared: Map<string, number> } | DocxInspection> {
  let zip: ZipFile
  try {
    zip = await openZip(bytes)
  } catch (error) {
    return { kind: 'not-a-zip', reason: messageOf(error) }
  }
  try {
    const countRefusal = entryCountRefusal(zip.entryCount, limits)
    if (countRefusal) return tooLarge(countRefusal)
    let entries: Entry[]
    try {
      entries = await readDirectory(zip, limits)
    } catch (error) {
      return unreadable(`its list of parts cannot be read (${messageOf(error)})`)
    }
    // A second directory record right after the ones the end record counts: yauzl stops at the count,
    // the Word reader (JSZip) reads on — parts only it would see.
    const cursor = (zip as unknown as { readEntryCursor?: unknown }).readEntryCursor
    if (typeof cursor === 'number' && cursor + 4 <= bytes.length && bytes.readUInt32LE(cursor) === CENTRAL_RECORD_SIGNATURE) {
      return unreadable('it lists more parts than its directory declares')
    }
    const totalRefusal = declaredTotalRefusal(entries, limits)
    if (totalRefusal) return tooLarge(totalRefusal)
    const declared = new Map<string, number>()
    const archive = { inflated: 0 }
    for (const entry of entries) {
      const { name } = factsOf(entry)
      if (declared.has(name)) return unreadable(`the part "${name}" is listed twice`)
      declared.set(name, entry.uncompressedSize)
      try {
        await inflate(zip, entry, name, archive, limits, false)
      } catch (error) {
        if (isSizeMismatch(error)) return tooLarge(error instanceof SizeRefusal ? error.message : `the part "${name}" does not unpack to the ${entry.uncompressedSize} bytes it declares (a zip bomb?)`)
        return unreadable(`the part "${name}" cannot be read (${messageOf(error)})`)
      }
    }
    return { declared }
  } finally {
    zip.close()
  }
}

/**
 * The Word reader's own view (mammoth opens the file with JSZip, which finds parts its own way): each
 * part it would read is streamed with a byte cap — the size yauzl saw declared for it, and the limit
 * for all parts together — so a part only JSZip sees, or one that lies to JSZip alone, is refused too.
 */
async function checkWithJszip(bytes: Buffer, declared: Map<string, number>, limits: ArchiveLimits): Promise<DocxInspection> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (error) {
    return { kind: 'not-a-zip', reason: messageOf(error) }
  }
  let total = 0
  for (const part of Object.values(zip.files)) {
    if (part.dir) continue
    const cap = declared.get(part.name)
    if (cap === undefined) return unreadable(`the Word reader would see a part ("${part.name}") its directory does not list`)
    const outcome = await new Promise<DocxInspection | null>((resolve) => {
      const stream = part.nodeStream('nodebuffer')
      let inflated = 0
      const stop = (result: DocxInspection | null) => {
        stream.removeAllListeners('data')
        stream.pause()
        resolve(result)
      }
      stream.on('data', (chunk: Buffer) => {
        inflated += chunk.length
        total += chunk.length
        const refusal = inflatedSizeRefusal({ name: part.name, declared: cap, inflated, archiveInflated: total }, limits)
        if (refusal) stop(tooLarge(refusal))
      })
      stream.on('error', (error: unknown) => stop(unreadable(`the part "${part.name}" cannot be read (${messageOf(error)})`)))
      stream.on('end', () => resolve(null))
    })
    if (outcome) return outcome
  }
  return { kind: 'ok' }
}

/**
 * Whether a .docx may be handed to the Word reader: every part is streamed with a byte cap before
 * any reader inflates it, in both zip readers' views (yauzl's strict one, and JSZip's, which mammoth
 * uses). Too many parts, declared or actually inflated sizes over the limits (a zip bomb dressed as a
 * Word file), a part that cannot be read, or parts the two views disagree on: refused. Memory stays
 * bounded: chunks are counted and dropped, never kept.
 */
export async function inspectDocx(bytes: Buffer, limits: ArchiveLimits = DOCX_LIMITS): Promise<DocxInspection> {
  const strict = await checkWithYauzl(bytes, limits)
  if ('kind' in strict) return strict
  return checkWithJszip(bytes, strict.declared, limits)
}
