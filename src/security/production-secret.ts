import { createHash, timingSafeEqual } from 'node:crypto'

/** Secrets that appear in docs, examples and tests: signing production sessions with one is no secret at all. */
const KNOWN_VALUES = new Set(['', 'secret', 'changeme', 'change-me', 'demo', 'generate', 'integration-test-secret', 'your-secret-here', 'payload'])

const HOW_TO_SET =
  'Set PAYLOAD_SECRET to a long random value, e.g. `PAYLOAD_SECRET=$(openssl rand -hex 32)` in the environment or in .env.'

/** Why the app must not start in production with this environment, or null when it may. */
export function productionSecretProblem(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== 'production') return null
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (!secret) return `PAYLOAD_SECRET is not set, so anyone could forge sign-in tokens. ${HOW_TO_SET}`
  if (KNOWN_VALUES.has(secret.toLowerCase())) return `PAYLOAD_SECRET is a known example value ("${secret}"). ${HOW_TO_SET}`
  if (secret.length < 32) return `PAYLOAD_SECRET is too short (${secret.length} characters; use at least 32). ${HOW_TO_SET}`
  return null
}

/** True when an `Authorization: Bearer …` header carries `secret` (compared in constant time). */
export function bearerMatches(header: string | null | undefined, secret: string | undefined): boolean {
  if (!secret || !header?.startsWith('Bearer ')) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(secret))
}
