import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { ImportScheduler, type WorkerQuestion } from '../../src/import/import-scheduler'
import { isOutcome, itemReader, statisticsRefresher, type ItemOutcome, type ReadItem } from './import-batch'
import type { ImportOptions } from './import-issue'
import type { ImportItem, RefusedItem } from './import-item'

export type WorkerOptions = Omit<ImportOptions, 'text' | 'filename' | 'gate' | 'user' | 'now' | 'dryRun'>

/** What the coordinator sends a worker (scripts/import-worker.ts). */
export type ToWorker =
  | { type: 'import'; attempt: number; file: ReadItem; options: WorkerOptions }
  | { type: 'answer'; request: number; redo: boolean; value?: number }
  | { type: 'stop' }

/** What a worker sends the coordinator. */
export type FromWorker =
  | { type: 'ready' }
  | (WorkerQuestion & { attempt: number; request: number })
  | { type: 'done'; attempt: number; outcome: ItemOutcome | 'redo'; readerTags: string[] }

const WORKER_SCRIPT = fileURLToPath(new URL('../../scripts/import-worker.ts', import.meta.url))

/**
 * Imports files in `jobs` worker processes at once, with the outcome an import of one file after another
 * (importEach) would have had, and yields the outcomes in file order (ImportScheduler decides what runs
 * when). Each worker writes each file in its own transaction: for a database that takes several writers
 * at once (PostgreSQL).
 */
export async function* importInParallel(
  payload: Payload,
  items: Iterable<ImportItem | RefusedItem>,
  options: WorkerOptions,
  {
    jobs,
    onReaderTags,
    onEnd,
  }: {
    jobs: number
    onReaderTags?: (tags: string[]) => void
    /** How many attempts it took: files that gave way to an earlier one were imported again. */
    onEnd?: (counts: { attempts: number; redone: number }) => void
  },
): AsyncGenerator<ItemOutcome> {
  const read = itemReader(options.language ?? 'zh')
  const statistics = statisticsRefresher(payload)
  const send = (worker: ChildProcess, message: ToWorker) => worker.send(message)
  const scheduler = new ImportScheduler<ChildProcess, ReadItem, ItemOutcome>(
    {
      start: (worker, attempt, file) => send(worker, { type: 'import', attempt, file, options }),
      answer: (worker, request, redo, value) => send(worker, { type: 'answer', request, redo, value }),
    },
    // "skipped" is only ever "already imported" (a duplicate within the run is refused when read).
    (outcome) => outcome.status === 'imported' || outcome.status === 'skipped',
  )
  let failure: Error | undefined
  let wake: (() => void) | undefined
  // Set by every event, so that one arriving while an outcome is being handed out is not missed.
  let signalled: boolean
  const signal = () => {
    signalled = true
    wake?.()
    wake = undefined
  }
  let stopping = false

  const workers = Array.from({ length: jobs }, () => {
    const worker = fork(WORKER_SCRIPT, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 2, 2, 'ipc'] })
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') scheduler.workerReady(worker)
      else if (message.type === 'done') {
        if (message.readerTags.length > 0) onReaderTags?.(message.readerTags)
        scheduler.ended(message.attempt, message.outcome)
      } else scheduler.question(message.attempt, message.request, message)
      signal()
    })
    worker.on('exit', (code, exitSignal) => {
      if (stopping) return
      failure ??= new Error(`An import worker stopped (${exitSignal ?? `exit code ${code}`}); the files not reported were not imported.`)
      signal()
    })
    return worker
  })

  try {
    const source = items[Symbol.iterator]()
    let positions = 0
    let sourceDone = false
    for (;;) {
      signalled = false
      if (failure) throw failure
      while (!sourceDone && scheduler.wantsFiles()) {
        const next = source.next()
        if (next.done) {
          sourceDone = true
          break
        }
        const position = positions++
        const file = await read(next.value)
        if (isOutcome(file)) scheduler.settle(position, file)
        else scheduler.enqueue(position, file)
      }
      for (const outcome of scheduler.takeOutcomes()) {
        if (outcome.status === 'imported') await statistics.imported()
        yield outcome
      }
      if (sourceDone && scheduler.done(positions)) break
      if (!signalled) await new Promise<void>((resolve) => (wake = resolve))
    }
    await statistics.end()
    onEnd?.({ attempts: scheduler.started, redone: scheduler.redone })
  } finally {
    stopping = true
    await Promise.all(workers.map((worker) => stopWorker(worker)))
  }
}

function stopWorker(worker: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (worker.exitCode !== null || worker.signalCode !== null) return resolve()
    worker.once('exit', () => resolve())
    if (worker.connected) worker.send({ type: 'stop' } satisfies ToWorker)
    else worker.kill()
  })
}
