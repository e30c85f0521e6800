/**
 * One worker of a parallel import (services/import/parallel-import.ts starts it; not a command of its own):
 * imports the files the coordinator sends, one at a time, each in its own transaction, and asks the
 * coordinator before each step that other files of the import may also take.
 */
import { runCommand } from './lib/entry'

async function main(): Promise<number> {
  const { openPayload } = await import('./lib/open-payload')
  const { serveImportWorker } = await import('./lib/import-worker')
  // The coordinator has already brought the database up to date and done the start-up work.
  const payload = await openPayload({ startupWork: false })
  await serveImportWorker(payload)
  await payload.destroy()
  return 0
}

runCommand('An import worker', main)
