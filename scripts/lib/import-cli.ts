import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'

import { importEach, type ItemOutcome } from '../../services/import/import-batch'
import type { ImportReport } from '../../services/import/import-issue'
import { formatImportSummary, importTotals } from '../../src/import/import-summary'
import { collectImportSources } from './import-sources'
import { collectReaderTags, notifyServers } from './notify-server'
import type { Progress } from './terminal-progress'

export const USAGE = 'Usage: npm run import -- <file | folder | archive.zip> [more…] [--archive] [--json] [--force] [--dry-run]'

export type CliOutput = {
  out: (text: string) => void
  err: (text: string) => void
  /** A progress bar, given only when stdout is a terminal (never with --json). */
  progress?: Progress
}

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

const describe = (outcome: ItemOutcome) =>
  'report' in outcome ? summary(outcome.report) : `${outcome.status === 'skipped' ? 'skipped' : 'refused'} — ${outcome.error.message}`

/** The JSON entry of one file: its report, or { file, error } as before archives existed. */
const jsonEntry = (outcome: ItemOutcome) => ('report' in outcome ? outcome.report : { file: outcome.file, error: outcome.error })

/**
 * The import command: takes files, folders (recursively) and zips; imports each issue file (all or
 * nothing per file), skips what is already imported, and prints each outcome, a progress bar on a
 * terminal and a summary table; or with --json one JSON object (a report for one named file,
 * otherwise { "files": [...] }). Returns the exit code: 0 when nothing was refused, 1 when any file
 * or archive was refused, 2 for a usage error.
 */
export async function runImportCli(payload: Payload, args: readonly string[], output: CliOutput): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')))
  const paths = args.filter((arg) => !arg.startsWith('--'))
  const json = flags.has('--json')
  const progress = json ? undefined : output.progress
  if (paths.length === 0) {
    output.err(USAGE)
    return 2
  }
  const started = performance.now()
  const sources = await collectImportSources(paths)
  const outcomes: ItemOutcome[] = []
  const readerTags = collectReaderTags()
  const total = sources.items.length
  const print = (text: string) => {
    progress?.clear()
    output.out(text)
  }
  try {
    progress?.update(0, total)
    const options = { archive: flags.has('--archive'), force: flags.has('--force'), dryRun: flags.has('--dry-run') }
    for await (const outcome of importEach(payload, sources.items, options)) {
      outcomes.push(outcome)
      const shown = sources.named.has(outcome.file) ? path.basename(outcome.file) : outcome.file
      const prefix = total > 1 ? `[${outcomes.length}/${total}] ${shown}: ` : `${shown}: `
      if (!json) print(`${prefix}${describe(outcome)}`)
      if ('stack' in outcome && outcome.stack) {
        progress?.clear()
        output.err(outcome.stack)
      }
      progress?.update(outcomes.length, total)
    }
  } finally {
    progress?.clear()
    sources.close()
    readerTags.stop()
  }
  const seconds = (performance.now() - started) / 1000
  // The running site shows the new releases at once when it can be told (ZHIKU_REVALIDATE_SECRET and SERVER_URL).
  for (const notified of await notifyServers(readerTags.tags())) {
    const line = `site ${notified.origin}: ${notified.ok ? notified.detail : `not refreshed (${notified.detail}); it shows the import within seconds anyway`}`
    if (json || !notified.ok) output.err(line)
    else output.out(line)
  }
  if (json) {
    const single = sources.plainFiles && outcomes.length === 1
    output.out(JSON.stringify(single ? jsonEntry(outcomes[0]!) : { files: outcomes.map(jsonEntry) }, null, 2))
  } else {
    const counted = outcomes.map((outcome) => ({ file: outcome.file, status: outcome.status, message: 'error' in outcome ? outcome.error.message : undefined }))
    output.out(formatImportSummary(counted, importTotals(counted, { ignored: sources.ignored.length, seconds })).join('\n'))
  }
  return outcomes.some((outcome) => outcome.status === 'refused') ? 1 : 0
}
