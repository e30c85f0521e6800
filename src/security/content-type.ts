/** True when a Content-Type header names JSON (`application/json`, with or without parameters). */
export function isJsonContentType(header: string | null | undefined): boolean {
  if (!header) return false
  const type = header.split(';')[0] ?? ''
  return type.trim().toLowerCase() === 'application/json'
}
