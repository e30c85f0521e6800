export const DEFAULT_DATABASE_URI = 'file:./data/zhiku.db'

export type DatabaseTarget = { kind: 'sqlite'; uri: string } | { kind: 'mongodb'; uri: string }

/**
 * `DATABASE_URI` picks the adapter: unset or `file:` → embedded SQLite (demo, tests, development);
 * `mongodb://` or `mongodb+srv://` → MongoDB (production). Anything else is a configuration error.
 */
export function resolveDatabaseTarget(raw: string | undefined): DatabaseTarget {
  const uri = raw?.trim() ? raw.trim() : DEFAULT_DATABASE_URI
  if (uri.startsWith('file:')) return { kind: 'sqlite', uri }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return { kind: 'mongodb', uri }
  throw new Error(
    `DATABASE_URI must start with file:, mongodb:// or mongodb+srv:// (got "${uri.split(':')[0]}:…")`,
  )
}

/** The filesystem path of a `file:` URI (relative paths stay relative to the working directory). */
export function sqliteFilePath(uri: string): string {
  return uri.replace(/^file:(\/\/)?/, '')
}
