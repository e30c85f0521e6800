import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { importIssue, type ImportReport } from '../../services/import/import-issue'
import { ImportError } from '../../src/import/import-error'
import { parseDateOption, parseNumberOption } from '../../src/import/issue-dates'
import { readImportFile } from '../../src/import/read-import-file'
import { collectEvery } from './native-memory'
import { collectReaderTags, notifyServers } from './notify-server'

export const USAGE = 'Usage: npm run import -- <file> [more files…] [--archive] [--json] [--force] [--dry-run] [--date 2025-03-15] [--number 12]'

/** Options that take a value (`--date 2025-03-15` or `--date=2025-03-15`). */
const VALUE_OPTIONS = ['--date', '--number'] as const
type ValueOption = (typeof VALUE_OPTIONS)[number]

/** Splits the arguments into flags, option values and files; a value option without its value is an error. */
export function parseImportArgs(args: readonly string[]): { flags: Set<string>; values: Partial<Record<ValueOption, string>>; files: string[] } | { error: string } {
  const flags = new Set<string>()
  const values: Partial<Record<ValueOption, string>> = {}
  const files: string[] = []
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined]
    const option = VALUE_OPTIONS.find((candidate) => candidate === name)
    if (option) {
      const value = inline ?? args[index + 1]
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return { error: `${option} needs a value, e.g. ${option === '--date' ? '--date 2025-03-15' : '--number 12'}.` }
      values[option] = value
      if (inline === undefined) index += 1
    } else if (arg.startsWith('--')) flags.add(arg)
    else files.push(arg)
  }
  return { flags, values, files }
}

const ORIGIN: Record<string, string> = {
  text: 'the text',
  filename: 'the file name',
  option: 'the command line',
  reports: "the reports' latest month",
  today: 'today: none found',
  sequence: 'next free number',
}

type Outcome = { file: string; report?: ImportReport; error?: { code: string; status: number; message: string } }
export type CliOutput = { out: (text: string) => void; err: (text: string) => void }

function summary(report: ImportReport): string {
  const errors = report.checks.filter((check) => check.severity === 'error').length
  const warnings = report.checks.length - errors
  const head = report.issue
    ? `issue No. ${report.issue.number} (id ${report.issue.id}, ${report.issue.stage}, /issues/${report.issue.slug})`
    : 'dry run, nothing written'
  const { publication } = report
  return [
    head,
    `  published ${publication.date} (${ORIGIN[publication.dateFrom]}); No. ${publication.number} (${ORIGIN[publication.numberFrom]})`,
    `  articles created ${report.articles.created}; sources created ${report.sources.created}, matched ${report.sources.matched}; think tanks created ${report.thinkTanks.created}, matched ${report.thinkTanks.matched}`,
    `  checks: ${errors} error(s), ${warnings} warning(s)`,
    ...report.checks.filter((check) => check.severity === 'error').map((check) => `    ✗ ${check.message}`),
    ...report.warnings.map((warning) => `  note: ${warning}`),
  ].join('\n')
}

/** --date and --number checked before anything is read; one number cannot serve several files. */
function optionProblem(values: Partial<Record<ValueOption, string>>, fileCount: number): string | null {
  const date = values['--date'] === undefined ? null : parseDateOption(values['--date'])
  if (date && 'error' in date) return date.error
  const number = values['--number'] === undefined ? null : parseNumberOption(values['--number'])
  if (number && 'error' in number) return number.error
  if (number && fileCount > 1) return '--number gives one issue its number; import the file it belongs to on its own. --number 只能用于单个文件。'
  return null
}

/**
 * The import command: imports each file (all or nothing per file) and prints a readable summary
 * with progress, or with --json one JSON object ({ "files": [...] } for several). Returns the exit
 * code: 0 when every file was imported, 1 when any was refused, 2 for a usage error.
 */
export async function runImportCli(payload: Payload, args: readonly string[], output: CliOutput): Promise<number> {
  const parsedArgs = parseImportArgs(args)
  if ('error' in parsedArgs) {
    output.err(`${parsedArgs.error}\n${USAGE}`)
    return 2
  }
  const { flags, values, files } = parsedArgs
  const json = flags.has('--json')
  if (files.length === 0) {
    output.err(USAGE)
    return 2
  }
  const optionError = optionProblem(values, files.length)
  if (optionError) {
    output.err(`${optionError}\n${USAGE}`)
    return 2
  }
  const outcomes: Outcome[] = []
  const readerTags = collectReaderTags()
  const collect = collectEvery(25)
  for (const [index, file] of files.entries()) {
    collect(index)
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
        date: values['--date'],
        number: values['--number'],
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
