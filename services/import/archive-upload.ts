import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { isAdmin } from '../../src/access/predicates'
import type { CheckLanguage } from '../../src/checks/types'
import { ImportError } from '../../src/import/import-error'
import { importTotals, type FileStatus, type ImportTotals } from '../../src/import/import-summary'
import { importEach, type ItemError } from './import-batch'
import { ARCHIVE_NEEDS_ADMIN, type ImportReport } from './import-issue'
import { listZip } from './zip-archive'

/** One line of the answer to a zip upload (newline-delimited JSON, one event per line, as each file is done). */
export type ArchiveEvent =
  | { type: 'start'; archive: string; dryRun: boolean; total: number; ignored: number }
  | { type: 'file'; index: number; total: number; file: string; status: FileStatus; report?: ImportReport; error?: ItemError }
  | { type: 'done'; totals: ImportTotals }
  | { type: 'failed'; message: string }

const encoder = new TextEncoder()
const line = (event: ArchiveEvent) => encoder.encode(`${JSON.stringify(event)}\n`)

/**
 * Imports (or with dryRun previews) every issue file of an uploaded zip for a person, each file all
 * or nothing, and answers as it goes: a stream of events, one line per file, so the page can show
 * its progress. The zip is checked as a whole first (ImportError: nothing is written, a 400/413 answer);
 * a client that goes away stops the import after the file in hand.
 */
export async function importArchiveUpload(
  payload: Payload,
  {
    bytes,
    name,
    user,
    archive,
    force,
    dryRun,
    language,
  }: { bytes: Buffer; name: string; user: User; archive: boolean; force: boolean; dryRun: boolean; language?: CheckLanguage },
): Promise<Response> {
  if (archive && !isAdmin(user)) {
    throw new ImportError('archive-needs-admin', 403, ARCHIVE_NEEDS_ADMIN)
  }
  const listing = await listZip(bytes, name)
  const outcomes = importEach(payload, listing.items, { archive, force, dryRun, user, language })
  const total = listing.items.length
  const counted: { file: string; status: FileStatus }[] = []
  const started = performance.now()
  const finish = () => listing.close()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(line({ type: 'start', archive: name, dryRun, total, ignored: listing.ignored.length }))
    },
    async pull(controller) {
      try {
        const next = await outcomes.next()
        if (next.done) {
          const seconds = (performance.now() - started) / 1000
          controller.enqueue(line({ type: 'done', totals: importTotals(counted, { ignored: listing.ignored.length, seconds }) }))
          controller.close()
          finish()
          return
        }
        const outcome = next.value
        counted.push({ file: outcome.file, status: outcome.status })
        if ('stack' in outcome && outcome.stack) payload.logger.error({ msg: `Import of ${outcome.file} failed`, err: outcome.stack })
        controller.enqueue(
          line({
            type: 'file',
            index: counted.length,
            total,
            file: outcome.file,
            status: outcome.status,
            ...('report' in outcome ? { report: outcome.report } : { error: outcome.error }),
          }),
        )
      } catch (error) {
        payload.logger.error({ msg: 'Archive import stopped', err: error })
        controller.enqueue(line({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
        controller.close()
        finish()
      }
    },
    async cancel() {
      await outcomes.return(undefined)
      finish()
    },
  })
  return new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } })
}
