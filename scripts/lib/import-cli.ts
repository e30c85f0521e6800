import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { importIssue, type ImportReport } from '../../services/import/import-issue'
import { ImportError } from '../../src/import/import-error'
import { readImportFile } from '../../src/import/read-import-file'
import { collectReaderTags, notifyServers } from './notify-server'

export const USAGE = 'Usage: npm run import -- <file> [more files…] [--archive] [--json] [--force] [--dry-run]'

type Outcome = { file: string; report?: ImportReport; error?: { code: string; status: number; message: string } }
export type CliOutput = { out: (text: string) => void; err: (text: string) => void }

function summary(report: ImportReport): string {
  const errors = report.checks.filter((check) => check.severity === 'error').length
  const warnings = report.checks.length - errors
  const head = report.issue
    ? `issue No. ${report.issue.number} (id ${report.issue.id}, ${report.issue.stage}, /issues/${report.issue.slug})`
    : 'dry run, nothing written'
  return [
    head,
    `  articles created ${report.articles.created}; sources created ${report.sources.created}, matched ${report.sources.matched}; think tanks created ${report.thinkTanks.created}, matched ${report.thinkTanks.matched}`,
    `  checks: ${errors} error(s), ${warnings} warning(s)`,
    ...report.checks.filter((check) => check.severity === 'error').map((check) => `    ✗ ${check.message}`),
    ...report.warnings.map((warning) => `  note: ${warning}`),
  ].join('\n')
}

/**
 * The import command: imports each file (all or nothing per file) and prints a readable summary
 * with progress, or with --json one JSON object ({ "files": [...] } for several). Returns the exit
 * code: 0 when every file was imported, 1 when any was refused, 2 for a usage error.
 */
export async function runImportCli(payload: Payload, args: readonly string[], output: CliOutput): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')))
  const files = args.filter((arg) => !arg.startsWith('--'))
  const json = flags.has('--json')
  if (files.length === 0) {
    output.err(USAGE)
    return 2
  }
  const outcomes: Outcome[] = []
  const readerTags = collectReaderTags()
  for (const [index, file] of files.entries()) {
    const name = path.basename(file)
    const prefix = files.length > 1 ? `[${index + 1}/${files.length}] ${name}: ` : `${name}: `
    try {
      const text = await readImportFile(readFileSync(file), name)
      const report = await importIssue(payload, {
        text,
        filename: name,
        archive: flags.has('--archive'),
        force: flags.has('--force'),
        dryRun: flags.has('--dry-run'),
      })
      outcomes.push({ file, report })
      if (!json) output.out(`${prefix}${summary(report)}`)
    } catch (error) {
      const known = error instanceof ImportError
      const message = error instanceof Error ? error.message : String(error)
      outcomes.push({ file, error: { code: known ? error.code : 'failed', status: known ? error.status : 500, message } })
      if (!json) output.out(`${prefix}refused — ${message}`)
      if (!known) output.err(error instanceof Error && error.stack ? error.stack : message)
    }
  }
  readerTags.stop()
  // The running site shows the new releases at once when it can be told (ZHIKU_REVALIDATE_SECRET and SERVER_URL).
  for (const notified of await notifyServers(readerTags.tags())) {
    const line = `site ${notified.origin}: ${notified.ok ? notified.detail : `not refreshed (${notified.detail}); it shows the import within seconds anyway`}`
    if (json || !notified.ok) output.err(line)
    else output.out(line)
  }
  if (json) {
    const one = (outcome: Outcome) => outcome.report ?? outcome
    output.out(JSON.stringify(outcomes.length === 1 ? one(outcomes[0]!) : { files: outcomes.map(one) }, null, 2))
  }
  return outcomes.some((outcome) => outcome.error) ? 1 : 0
}
