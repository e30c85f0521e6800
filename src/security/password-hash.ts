import { pbkdf2, timingSafeEqual } from 'node:crypto'

/*
 * Payload 3.90 stores passwords as PBKDF2-SHA256: `pbkdf2-sha256-v1:<hex>` (600,000 iterations,
 * 32 bytes) or the legacy bare hex (25,000 iterations, 512 bytes). Checking here lets sign-in know
 * the outcome before Payload answers, and spend the same time on addresses that have no account.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

const derive = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )

export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { stored: hex, iterations, keyLength } = parameters(stored.hash)
  const expected = Buffer.from(hex, 'hex')
  const actual = await derive(password, stored.salt, iterations, keyLength)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const DUMMY = { hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`, salt: '0'.repeat(64) }

/** Spends the time of one real password check, for an address that has no account. */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  await passwordMatches(password, DUMMY)
}
