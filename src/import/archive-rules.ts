import { bilingual, type Bilingual } from '../i18n/bilingual'
import { ISSUE_FILE_EXTENSIONS, isIssueFileName, isNestedArchiveName } from './archive-names'
import { MAX_IMPORT_BYTES } from './read-import-file'

export { isZipName } from './archive-names'

/**
 * What an archive (a folder or a .zip) may hold, and what is taken from it. Pure rules: the zip
 * reader (services/import/zip-archive.ts) and the folder walk ask them about every entry.
 */
export type ArchiveLimits = {
  /** Entries in one zip (files and folders). */
  maxEntries: number
  /** Uncompressed bytes of all entries of one zip together, declared and actually inflated. */
  maxTotalBytes: number
  /** Bytes of one issue file. */
  maxFileBytes: number
}

export const ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 10_000, maxTotalBytes: 256 * 1024 * 1024, maxFileBytes: MAX_IMPORT_BYTES }

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`

/** Why a path inside an archive would escape the folder it is unpacked into, in both languages, or null when it is safe. */
export function unsafePathReason(name: string): Bilingual | null {
  if (name === '') return bilingual('有一个条目没有名称', 'an entry has an empty name')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return bilingual(`条目 ${JSON.stringify(name)} 的名称含有控制字符`, `the entry name ${JSON.stringify(name)} contains control characters`)
  if (name.includes('\\')) return bilingual(`条目“${name}”的路径使用了反斜杠`, `the entry "${name}" uses backslashes in its path`)
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return bilingual(`条目“${name}”使用了绝对路径`, `the entry "${name}" has an absolute path`)
  if (name.split('/').includes('..')) return bilingual(`条目“${name}”指向压缩包之外（../）`, `the entry "${name}" points outside the archive (../)`)
  return null
}

/** Hidden files and folders, macOS resource forks (__MACOSX) and Word's lock files (~$…) are left out. */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.') || segment === '__MACOSX' || segment.startsWith('~$'))
}

/** The facts of one zip entry that the rules look at (from its central directory record). */
export type ZipEntryFacts = {
  name: string
  /** Made by a Unix tool: the upper 16 bits of the external attributes are a file mode. */
  unixMode: number | null
  compressionMethod: number
  encrypted: boolean
  compressedSize: number
  uncompressedSize: number
}

export type EntryJudgement =
  | { kind: 'refuse-archive'; reason: Bilingual }
  | { kind: 'folder' }
  | { kind: 'ignore'; reason: string }
  | { kind: 'refuse-file'; code: 'file-too-large' | 'unreadable-entry'; reason: string }
  | { kind: 'import' }

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/**
 * One entry of a zip: refuse the whole archive (an escaping path, a symbolic link, an archive
 * inside the archive), skip it (folders, hidden files, other kinds of file), refuse just this file
 * (too large, encrypted, an unknown compression method), or import it.
 */
export function judgeZipEntry(entry: ZipEntryFacts, limits: ArchiveLimits = ARCHIVE_LIMITS): EntryJudgement {
  const unsafe = unsafePathReason(entry.name)
  if (unsafe) return { kind: 'refuse-archive', reason: unsafe }
  if (entry.unixMode !== null && (entry.unixMode & S_IFMT) === S_IFLNK) {
    return { kind: 'refuse-archive', reason: bilingual(`条目“${entry.name}”是符号链接`, `the entry "${entry.name}" is a symbolic link`) }
  }
  if (entry.name.endsWith('/')) return { kind: 'folder' }
  const inResourceForks = entry.name.split('/').includes('__MACOSX')
  if (!inResourceForks && isNestedArchiveName(entry.name)) {
    return {
      kind: 'refuse-archive',
      reason: bilingual(
        `条目“${entry.name}”是压缩包中的压缩包，请解压后单独导入`,
        `the entry "${entry.name}" is an archive inside the archive; unpack it and import it on its own`,
      ),
    }
  }
  if (isHiddenPath(entry.name)) return { kind: 'ignore', reason: 'hidden file' }
  if (!isIssueFileName(entry.name)) return { kind: 'ignore', reason: `not a ${ISSUE_FILE_EXTENSIONS.join('/')} file` }
  if (entry.encrypted) return { kind: 'refuse-file', code: 'unreadable-entry', reason: `${entry.name} is encrypted in the zip; add it without a password.` }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return { kind: 'refuse-file', code: 'unreadable-entry', reason: `${entry.name} uses compression method ${entry.compressionMethod}; only stored and deflated entries can be read.` }
  }
  if (entry.uncompressedSize > limits.maxFileBytes) return { kind: 'refuse-file', code: 'file-too-large', reason: fileTooLarge(entry.name, entry.uncompressedSize, limits) }
  return { kind: 'import' }
}

export const fileTooLarge = (name: string, bytes: number, limits: ArchiveLimits = ARCHIVE_LIMITS): string =>
  `${name} is ${MB(bytes)}; an issue file may be at most ${MB(limits.maxFileBytes)}.`

/**
 * A file refused inside a zip or folder, in both languages: the Chinese names what happened, the
 * English keeps the technical detail (`reason`, from the rules above).
 */
export const fileRefusal = (code: 'file-too-large' | 'unreadable-entry', label: string, reason: string): Bilingual =>
  bilingual(
    code === 'file-too-large' ? `${label} 过大，超出一期文件的大小上限。` : `${label} 在压缩包中已加密或使用了无法读取的压缩方式，请不加密码、以普通方式压缩后再导入。`,
    reason,
  )

/**
 * A zip refused as a whole, in both languages. Nothing from it is imported. A reason the rules give in
 * both languages (an unsafe entry) is named in each; a technical one (sizes) only in the English.
 */
export const archiveRefusal = (label: string, reason: string | Bilingual, status: 400 | 413): Bilingual => {
  const english = typeof reason === 'string' ? reason : reason.en
  const chinese =
    typeof reason !== 'string'
      ? `压缩包 ${label} 已整体拒绝：${reason.zh}，未导入任何内容。`
      : status === 413
        ? `压缩包 ${label} 已整体拒绝：其中的文件解压后过大或与声明的大小不符，未导入任何内容。`
        : `压缩包 ${label} 已整体拒绝：其中有不安全的条目（路径、链接或嵌套压缩包），未导入任何内容。`
  return bilingual(chinese, `${label} was refused as a whole: ${english}. Nothing from it was imported.`)
}

/** Refuses a zip whose directory lists more entries than allowed, before any entry is read. */
export function entryCountRefusal(count: number, limits: ArchiveLimits = ARCHIVE_LIMITS): string | null {
  return count > limits.maxEntries ? `the zip has ${count} entries; at most ${limits.maxEntries} are allowed` : null
}

/** Refuses a zip whose entries together declare more uncompressed bytes than allowed. */
export function declaredTotalRefusal(entries: readonly Pick<ZipEntryFacts, 'uncompressedSize'>[], limits: ArchiveLimits = ARCHIVE_LIMITS): string | null {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  return total > limits.maxTotalBytes ? `its files unpack to ${MB(total)}; an archive may unpack to at most ${MB(limits.maxTotalBytes)}` : null
}

/**
 * While an entry is being inflated: refuses it as soon as it yields more bytes than its directory
 * declared (a zip bomb lying about its size), or the archive's inflated total passes the limit.
 */
export function inflatedSizeRefusal(
  { name, declared, inflated, archiveInflated }: { name: string; declared: number; inflated: number; archiveInflated: number },
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): string | null {
  if (inflated > declared) return `the entry "${name}" unpacks to more than the ${declared} bytes it declares (a zip bomb?)`
  if (archiveInflated > limits.maxTotalBytes) return `its files unpack to more than ${MB(limits.maxTotalBytes)}`
  return null
}

/** A zip entry's name: UTF-8 when its flag says so or when it decodes as UTF-8, else GB18030 (older Chinese Windows zips). */
export function decodeEntryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    return new TextDecoder('gb18030').decode(raw)
  }
}

/** The Unix file mode of an entry made by a Unix tool (version made by, upper byte 3), else null. */
export const unixModeOf = (versionMadeBy: number, externalAttributes: number): number | null =>
  versionMadeBy >> 8 === 3 ? (externalAttributes >>> 16) & 0xffff : null

/** Folder walk: what to do with one file found under the folder. */
export function judgeFolderFile(relativePath: string, { size, symlink }: { size: number; symlink: boolean }, limits: ArchiveLimits = ARCHIVE_LIMITS): EntryJudgement {
  if (isHiddenPath(relativePath)) return { kind: 'ignore', reason: 'hidden file' }
  if (symlink) return { kind: 'ignore', reason: 'symbolic link (not followed)' }
  if (!isIssueFileName(relativePath)) return { kind: 'ignore', reason: `not a ${ISSUE_FILE_EXTENSIONS.join('/')} file` }
  if (size > limits.maxFileBytes) return { kind: 'refuse-file', code: 'file-too-large', reason: fileTooLarge(relativePath, size, limits) }
  return { kind: 'import' }
}

/** Natural order of paths ("2" before "10"), so an archive imports in the order its files are numbered. */
export const comparePaths = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true })
