/**
 * `npm run import -- <file> [more files…] [--archive] [--json] [--force] [--dry-run]`
 *
 * Imports past issues (plain text, Markdown or Word .docx) into DATABASE_URI: think tanks matched by
 * name, acronym or URL domain (missing ones created), sources from the numbered references, the
 * articles and a draft issue whose credits become proposed assignments. --archive makes a published
 * historical issue whose credits are recorded as imported sign-offs. --json prints one JSON object
 * (for several files: { "files": [...] }). Each file is all or nothing; the exit code is 1 if any failed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { ImportReport } from '../collections/Issues/import/import-issue'
import { ImportError } from '../src/import/import-error'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'

const args = process.argv.slice(2)
const flags = new Set(args.filter((arg) => arg.startsWith('--')))
const files = args.filter((arg) => !arg.startsWith('--'))
const json = flags.has('--json')

type Outcome = { file: string; report?: ImportReport; error?: { code: string; status: number; message: string } }

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

async function main(): Promise<number> {
  if (files.length === 0) {
    console.error('Usage: npm run import -- <file> [more files…] [--archive] [--json] [--force] [--dry-run]')
    return 2
  }
  loadEnvironment()
  ensurePayloadSecret()
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  // Payload logs to stdout; keep stdout to the JSON object when --json is given.
  process.env.PAYLOAD_LOG_LEVEL ||= json ? 'fatal' : 'warn'
  const { openPayload } = await import('./lib/open-payload')
  const { importIssue } = await import('../collections/Issues/import/import-issue')
  const { readImportFile } = await import('../src/import/read-import-file')
  const payload = await openPayload()
  const outcomes: Outcome[] = []
  for (const [index, file] of files.entries()) {
    const name = path.basename(file)
    if (!json && files.length > 1) process.stderr.write(`[${index + 1}/${files.length}] ${name} … `)
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
      if (!json) console.log(`${files.length > 1 ? '' : `${name}: `}${summary(report)}`)
    } catch (error) {
      const known = error instanceof ImportError
      const message = error instanceof Error ? error.message : String(error)
      outcomes.push({ file, error: { code: known ? error.code : 'failed', status: known ? error.status : 500, message } })
      if (!json) console.log(`${files.length > 1 ? '' : `${name}: `}refused — ${message}`)
      if (!known && !json) console.error(error)
    }
  }
  if (json) {
    const one = (outcome: Outcome) => outcome.report ?? outcome
    const text = `${JSON.stringify(outcomes.length === 1 ? one(outcomes[0]!) : { files: outcomes.map(one) }, null, 2)}\n`
    // A pipe takes stdout asynchronously: wait until it is flushed before the process exits.
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()))
  }
  await payload.destroy()
  return outcomes.some((outcome) => outcome.error) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
