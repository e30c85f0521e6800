/** Kinds of file by name, for the importer and the admin page (no imports: safe for the browser bundle). */
export const ISSUE_FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'] as const
export const NESTED_ARCHIVE_EXTENSIONS = ['.zip', '.rar', '.7z', '.tar', '.gz', '.tgz', '.bz2', '.xz', '.zst', '.lz', '.lzma', '.cab', '.jar', '.iso'] as const

const extensionOf = (name: string) => {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

export const isZipName = (name: string): boolean => extensionOf(name) === '.zip'
export const isIssueFileName = (name: string): boolean => (ISSUE_FILE_EXTENSIONS as readonly string[]).includes(extensionOf(name))
export const isNestedArchiveName = (name: string) => (NESTED_ARCHIVE_EXTENSIONS as readonly string[]).includes(extensionOf(name))

