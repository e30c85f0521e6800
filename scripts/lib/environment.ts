import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

/** Loads .env files the way Next.js does, so scripts and the app see the same settings. */
export function loadEnvironment(dir = process.cwd()): void {
  nextEnv.loadEnvConfig(dir, process.env.NODE_ENV !== 'production')
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
}

/**
 * PAYLOAD_SECRET signs sessions. Production sets it; the zero-setup demo makes one once and keeps it
 * in data/ so logins survive restarts.
 */
export function ensurePayloadSecret(dataDir = 'data'): void {
  if (process.env.PAYLOAD_SECRET) return
  const file = path.join(dataDir, '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
}
