/**
 * `npm run import -- <file | folder | archive.zip> [more…] [--archive] [--json] [--force] [--dry-run]`
 *
 * Imports past issues (plain text, Markdown or Word .docx; every such file under a folder or inside
 * a zip) into DATABASE_URI: think tanks matched by
 * name, acronym or URL domain (missing ones created), sources from the numbered references, the
 * articles and a draft issue whose credits become proposed assignments. --archive makes a published
 * historical issue whose credits are recorded as imported sign-offs. --json prints one JSON object
 * (for several files, a folder or a zip: { "files": [...] }); on a terminal a progress bar and a summary
 * table. Each file is all or nothing; what is already imported is skipped; the exit code is 1 if any
 * file or archive was refused.
 */
import { runCommand } from './lib/entry'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'
import { writeAll } from './lib/write-all'

const args = process.argv.slice(2)

async function main(): Promise<number> {
  loadEnvironment()
  ensurePayloadSecret()
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  // Payload logs to stdout; keep stdout to the JSON object when --json is given.
  process.env.PAYLOAD_LOG_LEVEL ||= args.includes('--json') ? 'fatal' : 'warn'
  const { cacheSqliteStatements } = await import('../services/database/sqlite-statement-cache')
  cacheSqliteStatements()
  const { openPayload } = await import('./lib/open-payload')
  const { runImportCli } = await import('./lib/import-cli')
  const { terminalProgress } = await import('./lib/terminal-progress')
  const payload = await openPayload()
  // Synchronous writes: nothing printed may be lost when the process exits right after.
  const code = await runImportCli(payload, args, {
    out: (text) => writeAll(1, `${text}\n`),
    err: (text) => writeAll(2, `${text}\n`),
    progress: process.stdout.isTTY ? terminalProgress((text) => writeAll(1, text), process.stdout.columns) : undefined,
  })
  await payload.destroy()
  return code
}

runCommand('The import', main)
