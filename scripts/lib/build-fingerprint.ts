import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Everything that goes into `next build`; a change to any of these makes the old build stale. */
const BUILD_INPUTS = [
  'app',
  'collections',
  'services',
  'src',
  'migrations',
  'payload.config.ts',
  'payload-types.ts',
  'next.config.ts',
  'proxy.ts',
  'tsconfig.json',
  'package-lock.json',
]

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isFile()) {
    yield entry
    return
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name))
}

export function buildFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

export const FINGERPRINT_FILE = path.join('.next', 'zhiku-build-fingerprint')

export function buildIsCurrent(root = process.cwd()): boolean {
  const file = path.join(root, FINGERPRINT_FILE)
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(file)) return false
  return readFileSync(file, 'utf8').trim() === buildFingerprint(root)
}
