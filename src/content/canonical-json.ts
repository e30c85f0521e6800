import { createHash } from 'node:crypto'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * The canonical form of a value, as JSON: object keys sorted by UTF-16 code units (JavaScript's
 * default sort), no whitespace, `undefined` members left out (`null` in arrays), numbers as
 * JSON.stringify writes them. Equal content always gives equal text, in any language that follows
 * these rules (README: "Verifying a release").
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(toCanonical(value))
}

function toCanonical(value: unknown): Json {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map(toCanonical)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {}
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key]
      if (entry !== undefined) out[key] = toCanonical(entry)
    }
    return out
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what is left (bigint, symbol, function) has a readable String()
  return String(value)
}

/** SHA-256 of the UTF-8 bytes of a value's canonical JSON, as lower-case hex. */
export const sha256OfCanonical = (value: unknown): string => createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')
