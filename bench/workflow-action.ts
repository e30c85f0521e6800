/**
 * Workflow-action latency on the embedded SQLite database.
 *
 *   npx tsx bench/workflow-action.ts [--issues 40]
 *
 * For each of N issues it times every action of the chain (submit, approve ×4) through the same
 * service the endpoint uses, and, as the baseline from the same run, a plain draft save of the same
 * issue by its editor (Payload's own update path). Prints p50/p95/max and the ratio to the baseline,
 * and separately the last 终审 approval, which freezes, signs and writes the issue's release.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import '../scripts/lib/entry'

const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-bench-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ||= 'bench-secret'
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
process.env.ZHIKU_JOBS_AUTORUN = 'false'
delete process.env.SMTP_HOST

const count = Number(process.argv[process.argv.indexOf('--issues') + 1]) || 40

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function main() {
  const { openPayload } = await import('../scripts/lib/open-payload')
  const { createCrew, createDraftIssue, act } = await import('../tests/helpers/workflow')
  const { SLUGS } = await import('../src/collection-slugs')
  const payload = await openPayload()
  const crew = await createCrew(payload)
  const steps = [
    [crew.editor, 'submit'],
    [crew.reviewer, 'approve'],
    [crew.layout, 'approve'],
    [crew.final1, 'approve'],
    [crew.final2, 'approve'],
  ] as const
  const actionMs: number[] = []
  const publishMs: number[] = []
  const saveMs: number[] = []
  for (let index = 0; index < count; index += 1) {
    const { issue } = await createDraftIssue(payload, crew)
    const saveStart = performance.now()
    await payload.update({ collection: SLUGS.issues, id: issue.id, data: { title: `${issue.title} *` }, overrideAccess: false, user: crew.editor })
    saveMs.push(performance.now() - saveStart)
    let current = issue
    for (const [user, action] of steps) {
      const start = performance.now()
      current = await act(payload, current, user, { action })
      actionMs.push(performance.now() - start)
      if (current.stage === 'published') publishMs.push(performance.now() - start)
    }
    if (current.stage !== 'published') throw new Error(`issue ${issue.id} ended in ${current.stage}`)
  }
  const row = (name: string, values: number[]) =>
    `${name.padEnd(28)} n=${String(values.length).padStart(4)}  p50=${percentile(values, 50).toFixed(1)}ms  p95=${percentile(values, 95).toFixed(1)}ms  max=${Math.max(...values).toFixed(1)}ms`
  console.log(row('baseline: draft save', saveMs))
  console.log(row('workflow action (all)', actionMs))
  console.log(row('last 终审 approval + release', publishMs))
  console.log(`ratio p95 workflow action / draft save: ${(percentile(actionMs, 95) / percentile(saveMs, 95)).toFixed(2)}x`)
  console.log(`ratio p95 publishing approval / draft save: ${(percentile(publishMs, 95) / percentile(saveMs, 95)).toFixed(2)}x`)
  await payload.destroy()
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
