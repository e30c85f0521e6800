export const DEFAULT_DATABASE_URI = 'file:./data/zhiku.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'
export type DatabaseTarget = { kind: DatabaseKind; uri: string }

const SCHEMES: { kind: DatabaseKind; prefixes: string[] }[] = [
  { kind: 'sqlite', prefixes: ['file:'] },
  { kind: 'postgres', prefixes: ['postgres://', 'postgresql://'] },
  { kind: 'mongodb', prefixes: ['mongodb://', 'mongodb+srv://'] },
]

/**
 * `DATABASE_URI` picks the adapter: unset or `file:` → embedded SQLite (demo, tests, development);
 * `postgres://` or `postgresql://` → PostgreSQL (production, several instances on one database);
 * `mongodb://` or `mongodb+srv://` → MongoDB. Anything else is a configuration error.
 */
export function resolveDatabaseTarget(raw: string | undefined): DatabaseTarget {
  const uri = raw?.trim() ? raw.trim() : DEFAULT_DATABASE_URI
  const lower = uri.toLowerCase()
  for (const { kind, prefixes } of SCHEMES) {
    if (prefixes.some((prefix) => lower.startsWith(prefix))) return { kind, uri }
  }
  const accepted = SCHEMES.flatMap(({ prefixes }) => prefixes)
  throw new Error(
    `DATABASE_URI must start with ${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)} (got "${uri.split(':')[0]}:…")`,
  )
}

/** The filesystem path of a `file:` URI (relative paths stay relative to the working directory). */
export function sqliteFilePath(uri: string): string {
  return uri.replace(/^file:(\/\/)?/, '')
}

/** A database URI fit for a log line: the password (if any) replaced by `***`. */
export function redactDatabaseUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@')
}
