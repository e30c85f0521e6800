import type { Payload } from 'payload'

import { refusal } from '../../services/import/import-batch'
import { ImportRedo, type ImportGate } from '../../services/import/import-gate'
import { importIssue } from '../../services/import/import-issue'
import type { FromWorker, ToWorker } from '../../services/import/parallel-import'
import type { WorkerQuestion } from '../../src/import/import-scheduler'
import { collectReaderTags } from './notify-server'

/** Answers the coordinator's messages until it says stop (or goes away). */
export function serveImportWorker(payload: Payload): Promise<void> {
  const send = (message: FromWorker) => process.send!(message)
  const waiting = new Map<number, (answer: Extract<ToWorker, { type: 'answer' }>) => void>()
  let requests = 0
  const ask = (attempt: number, question: WorkerQuestion) =>
    new Promise<number | undefined>((resolve, reject) => {
      requests += 1
      waiting.set(requests, (answer) => (answer.redo ? reject(new ImportRedo()) : resolve(answer.value)))
      send({ ...question, attempt, request: requests })
    })
  const gateFor = (attempt: number): ImportGate => ({
    claim: async (claims) => void (await ask(attempt, { type: 'claim', claims: [...claims] })),
    number: async (newsletter, stated, nextSaved) => (await ask(attempt, { type: 'number', newsletter, stated, nextSaved }))!,
    beforeCommit: async () => void (await ask(attempt, { type: 'commit' })),
  })

  const readerTags = collectReaderTags()
  const importOne = async ({ attempt, file, options }: Extract<ToWorker, { type: 'import' }>) => {
    let outcome: Extract<FromWorker, { type: 'done' }>['outcome']
    try {
      const report = await importIssue(payload, { ...options, text: file.text, filename: file.filename, gate: gateFor(attempt) })
      outcome = { file: file.label, status: 'imported', report }
    } catch (error) {
      outcome = error instanceof ImportRedo ? 'redo' : refusal(file.label, error, options.language ?? 'zh')
    }
    send({ type: 'done', attempt, outcome, readerTags: readerTags.take() })
  }

  return new Promise((resolve) => {
    const stop = () => {
      readerTags.stop()
      resolve()
    }
    process.on('message', (message: ToWorker) => {
      if (message.type === 'answer') {
        const answered = waiting.get(message.request)
        waiting.delete(message.request)
        answered?.(message)
      } else if (message.type === 'import') void importOne(message)
      else if (message.type === 'stop') stop()
    })
    process.on('disconnect', stop)
    send({ type: 'ready' })
  })
}
