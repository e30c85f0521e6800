import { existsSync, readdirSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { writeAll } from './write-all'

/** Exit codes of backup, restore and db:copy. */
export const EXIT = { ok: 0, failed: 1, usage: 2, targetHoldsData: 3 } as const

/** Opens Payload on DATABASE_URI for a transfer: migrated, without the start-up data steps or job runner. */
async function openForTransfer() {
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_LOG_LEVEL ||= 'warn'
  const { openPayload } = await import('./open-payload')
  return openPayload({ startupWork: false })
}

const seconds = (start: number) => (performance.now() - start) / 1000
const say = (text: string) => writeAll(1, `${text}\n`)
const complain = (text: string) => writeAll(2, `${text}\n`)

/** A dump folder must be new (or an empty folder), so a backup never mixes with older files. */
export function refuseExistingFolder(dir: string): string | null {
  if (!existsSync(dir)) return null
  return readdirSync(dir).length > 0 ? `${dir} exists and is not empty; name a new folder` : null
}

/**
 * Writes a dump of DATABASE_URI into `dir`, from one consistent read, while other processes may go on
 * writing. It is written beside `dir` first and renamed into place when complete.
 */
export async function backupTo(dir: string, options: { media: boolean }): Promise<number> {
  const refusal = refuseExistingFolder(dir)
  if (refusal) {
    complain(refusal)
    return EXIT.usage
  }
  const payload = await openForTransfer()
  const start = performance.now()
  const { dumpDatabase } = await import('../../services/database-copy/dump-database')
  const partial = `${dir.replace(/\/+$/, '')}.partial-${process.pid}`
  try {
    const report = await dumpDatabase(payload, partial, options)
    if (existsSync(dir)) await rm(dir, { recursive: true })
    await rename(partial, dir)
    const mediaBytes = report.manifest.media.reduce((sum, entry) => sum + entry.bytes, 0)
    say(
      `Backed up ${report.records} records (${report.manifest.collections.length} collections, ${report.manifest.globals.length} globals)` +
        (options.media ? ` and ${report.manifest.media.length} media files (${mediaBytes} bytes)` : '') +
        ` from ${payload.db.name} to ${dir} in ${seconds(start).toFixed(2)} s.`,
    )
    if (report.missingMediaFiles.length > 0) complain(`Media files named by records but missing on disk (not in the backup): ${report.missingMediaFiles.join(', ')}`)
    return EXIT.ok
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    throw error
  } finally {
    await payload.destroy()
  }
}

/** Loads a dump into DATABASE_URI; refuses (exit 3) a database that holds data unless `force`. */
export async function restoreFrom(dir: string, options: { force: boolean; media: boolean; forceHint: string; verb: string }): Promise<number> {
  const payload = await openForTransfer()
  const start = performance.now()
  const { loadDump, TargetNotEmptyError } = await import('../../services/database-copy/load-database')
  try {
    const report = await loadDump(payload, dir, options)
    const elapsed = seconds(start)
    say(
      `${options.verb} ${report.records} records` +
        (options.media ? ` and ${report.mediaFiles} media files` : '') +
        ` into ${payload.db.name} in ${elapsed.toFixed(2)} s (${Math.round(report.records / elapsed)} records/s).`,
    )
    return EXIT.ok
  } catch (error) {
    if (error instanceof TargetNotEmptyError) {
      complain(error.message)
      return EXIT.targetHoldsData
    }
    throw error
  } finally {
    await payload.destroy()
  }
}

/** Refuses (exit 3) a database that holds data; 0 when it is empty. Migrates it on the way. */
export async function checkEmpty(forceHint: string): Promise<number> {
  const payload = await openForTransfer()
  const { refuseNonEmptyTarget, TargetNotEmptyError } = await import('../../services/database-copy/load-database')
  try {
    await refuseNonEmptyTarget(payload, forceHint)
    return EXIT.ok
  } catch (error) {
    if (error instanceof TargetNotEmptyError) {
      complain(error.message)
      return EXIT.targetHoldsData
    }
    throw error
  } finally {
    await payload.destroy()
  }
}

/** Parses `--name value` options and bare arguments; unknown flags are a usage error. */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]) {
  const values = new Map<string, string>()
  const set = new Set<string>()
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (valued.includes(arg)) {
      const value = args[i + 1]
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` }
      values.set(arg, value)
      i++
    } else if (flags.includes(arg)) set.add(arg)
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` }
    else rest.push(arg)
  }
  return { values, flags: set, rest }
}

export const resolveDir = (dir: string) => path.resolve(dir)
