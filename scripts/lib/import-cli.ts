import { availableParallelism } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'

import { isPostgres, isSqlite } from '../../services/database/adapter-kind'
import { importEach, type ItemOutcome } from '../../services/import/import-batch'
import type { ImportReport } from '../../services/import/import-issue'
import { importInParallel } from '../../services/import/parallel-import'
import { sayIn } from '../../src/i18n/say'
import { formatImportSummary, importTotals } from '../../src/import/import-summary'
import { parseDateOption, parseNumberOption } from '../../src/import/issue-dates'
import { collectImportSources } from './import-sources'
import { collectEvery } from './native-memory'
import { collectReaderTags, notifyServers } from './notify-server'
import type { Progress } from './terminal-progress'

export const USAGE = 'Usage: npm run import -- <file | folder | archive.zip> [more…] [--archive] [--json] [--force] [--dry-run] [--date 2025-03-15] [--number 12] [--lang zh|en] [--jobs 2]'

/** Options that take a value (`--date 2025-03-15` or `--date=2025-03-15`). */
const VALUE_OPTIONS = ['--date', '--number', '--lang', '--jobs'] as const
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
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return { error: `${option} needs a value, e.g. ${{ '--date': '--date 2025-03-15', '--number': '--number 12', '--lang': '--lang en', '--jobs': '--jobs 2' }[option]}.` }
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
  const lang = values['--lang']
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') return `--lang takes zh or en (the language of the messages), not "${lang}".`
  const language = languageOption(values)
  const date = values['--date'] === undefined ? null : parseDateOption(values['--date'])
  if (date && 'error' in date) return date.error[language]
  const number = values['--number'] === undefined ? null : parseNumberOption(values['--number'])
  if (number && 'error' in number) return number.error[language]
  const jobs = values['--jobs']
  if (jobs !== undefined && !(/^\d+$/.test(jobs) && Number(jobs) >= 1 && Number(jobs) <= MAX_JOBS)) {
    return sayIn(language)(`--jobs 取 1 到 ${MAX_JOBS} 之间的整数（同时导入的文件数），而不是“${jobs}”。`, `--jobs takes a whole number from 1 to ${MAX_JOBS} (files imported at once), not "${jobs}".`)
  }
  if (number && fileCount > 1) {
    return sayIn(language)('--number 只能用于单个文件：请单独导入它所属的那一期。', '--number gives one issue its number; import the file it belongs to on its own.')
  }
  return null
}

const MAX_JOBS = 16

/** A worker takes seconds to start, the time to import dozens of files: fewer files go one after another. */
const PARALLEL_FROM_FILES = 50

/**
 * How many files are written at once: `--jobs`, else, for 50 files or more on PostgreSQL (which takes
 * several writers at once), as many as the machine has cores, at most 4. SQLite takes one writer at a
 * time, and a dry run writes nothing, so each imports one file after another; more than one job there is
 * a usage error.
 */
function jobsFor(payload: Payload, values: Partial<Record<ValueOption, string>>, dryRun: boolean, total: number): number | { error: string } {
  const stated = values['--jobs'] === undefined ? undefined : Number(values['--jobs'])
  const parallel = isPostgres(payload.db) && !dryRun
  if (stated !== undefined && stated > 1 && !parallel) {
    return {
      error: sayIn(languageOption(values))(
        dryRun ? '--jobs 不能与 --dry-run 同用：预演不写入，逐个文件进行。' : '--jobs 需要 PostgreSQL：SQLite 一次只接受一个写入者，文件逐个导入。',
        dryRun ? '--jobs does not go with --dry-run: a dry run writes nothing and reads one file after another.' : '--jobs needs PostgreSQL: SQLite takes one writer at a time, so files are imported one after another.',
      ),
    }
  }
  const jobs = stated ?? (parallel && total >= PARALLEL_FROM_FILES ? Math.min(availableParallelism(), 4) : 1)
  return Math.max(1, Math.min(jobs, total))
}

/** `--lang zh|en`: the language of the check messages, notes and refusals; Chinese by default. */
const languageOption = (values: Partial<Record<ValueOption, string>>): 'zh' | 'en' => (values['--lang'] === 'en' ? 'en' : 'zh')

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
  const parsedArgs = parseImportArgs(args)
  if ('error' in parsedArgs) {
    output.err(`${parsedArgs.error}\n${USAGE}`)
    return 2
  }
  const { flags, values, files: paths } = parsedArgs
  const json = flags.has('--json')
  const progress = json ? undefined : output.progress
  if (paths.length === 0) {
    output.err(USAGE)
    return 2
  }
  const optionError = optionProblem(values, paths.length)
  if (optionError) {
    output.err(`${optionError}\n${USAGE}`)
    return 2
  }
  const started = performance.now()
  const sources = await collectImportSources(paths)
  const total = sources.items.length
  // A folder or zip named once may hold many files, and one --number cannot serve them all.
  const numberError = optionProblem(values, total)
  if (numberError) {
    sources.close()
    output.err(`${numberError}\n${USAGE}`)
    return 2
  }
  const jobs = jobsFor(payload, values, flags.has('--dry-run'), total)
  if (typeof jobs !== 'number') {
    sources.close()
    output.err(`${jobs.error}\n${USAGE}`)
    return 2
  }
  // Only a line per file is kept for the summary: a report is printed (or streamed as JSON) and let go, so
  // memory, and the full collections of a long run, stay flat over thousands of files.
  const counted: { file: string; status: ItemOutcome['status']; message?: string }[] = []
  const jsonOut = json ? jsonStream(output, sources.plainFiles && total === 1) : undefined
  const readerTags = collectReaderTags()
  // Only SQLite's native objects need forced collections (./native-memory.ts); PostgreSQL's client is plain JavaScript.
  const collect = collectEvery(isSqlite(payload.db) ? 200 : 0)
  let parallelNote: string | undefined
  const print = (text: string) => {
    progress?.clear()
    output.out(text)
  }
  try {
    progress?.update(0, total)
    const options = {
      archive: flags.has('--archive'),
      force: flags.has('--force'),
      dryRun: flags.has('--dry-run'),
      date: values['--date'],
      number: values['--number'],
      language: languageOption(values),
    }
    const onEnd = ({ redone }: { redone: number }) => {
      parallelNote = `${jobs} files written at a time (--jobs ${jobs}); ${redone} gave way to an earlier file and were imported again`
    }
    const outcomes =
      jobs > 1 ? importInParallel(payload, sources.items, options, { jobs, onReaderTags: readerTags.add, onEnd }) : importEach(payload, sources.items, options)
    for await (const outcome of outcomes) {
      counted.push({ file: outcome.file, status: outcome.status, message: 'error' in outcome ? outcome.error.message : undefined })
      collect(counted.length)
      const shown = sources.named.has(outcome.file) ? path.basename(outcome.file) : outcome.file
      const prefix = total > 1 ? `[${counted.length}/${total}] ${shown}: ` : `${shown}: `
      if (jsonOut) jsonOut.add(jsonEntry(outcome))
      else print(`${prefix}${describe(outcome)}`)
      if ('stack' in outcome && outcome.stack) {
        progress?.clear()
        output.err(outcome.stack)
      }
      progress?.update(counted.length, total)
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
  if (parallelNote) (json ? output.err : output.out)(parallelNote)
  if (jsonOut) jsonOut.end()
  else output.out(formatImportSummary(counted, importTotals(counted, { ignored: sources.ignored.length, seconds })).join('\n'))
  return counted.some((outcome) => outcome.status === 'refused') ? 1 : 0
}

/**
 * --json: one named file's report as the object itself; otherwise `{ "files": [...] }`, written entry by
 * entry as the files are done (formatted as JSON.stringify(…, null, 2) would), one entry held back for its comma.
 */
function jsonStream(output: CliOutput, single: boolean): { add: (entry: unknown) => void; end: () => void } {
  const format = (entry: unknown) => JSON.stringify(entry, null, 2)
  if (single) {
    let only: unknown
    return { add: (entry) => (only = entry), end: () => output.out(only === undefined ? format({ files: [] }) : format(only)) }
  }
  const indented = (entry: unknown) => format(entry).replace(/^/gm, '    ')
  let held: string | undefined
  output.out('{\n  "files": [')
  return {
    add: (entry) => {
      if (held !== undefined) output.out(`${held},`)
      held = indented(entry)
    },
    end: () => {
      if (held !== undefined) output.out(held)
      output.out('  ]\n}')
    },
  }
}
