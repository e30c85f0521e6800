/**
 * A separate server process for tests/int/workflow-crash.test.ts, on its own SQLite file:
 *   prepare N   — N issues waiting for their last 终审 approval; prints their ids and the approver's
 *   approve {…} — gives that last approval; `crashAt` arms ZHIKU_CRASH_AT to kill it part-way
 *   inspect     — starts (which completes interrupted actions), prints whether the database has
 *                 transactions, then every issue's state
 * Each line it prints is one JSON object.
 */
import { writeSync } from 'node:fs'

import { runCommand } from '../../scripts/lib/entry'

const [mode, arg] = process.argv.slice(2)
const print = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`)

runCommand('crash-child', async () => {
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { SLUGS } = await import('../../src/collection-slugs')
  const payload = await openPayload()
  if (mode === 'prepare') {
    const { act, advanceTo, createCrew, createDraftIssue } = await import('./workflow')
    const crew = await createCrew(payload)
    const issueIds: (number | string)[] = []
    for (let index = 0; index < Number(arg); index += 1) {
      const { issue } = await createDraftIssue(payload, crew)
      await act(payload, await advanceTo(payload, crew, issue, 'final'), crew.final1, { action: 'approve' })
      issueIds.push(issue.id)
    }
    print({ issueIds, approverId: crew.final2.id })
  } else if (mode === 'approve') {
    const { issueId, approverId, crashAt } = JSON.parse(arg!) as { issueId: number; approverId: number; crashAt?: string }
    const { runWorkflowAction } = await import('../../services/workflow/run-workflow-action')
    const approver = await payload.findByID({ collection: SLUGS.users, id: approverId, depth: 0 })
    // Armed only now: start-up (which completes earlier interrupted actions) runs without it.
    if (crashAt) process.env.ZHIKU_CRASH_AT = crashAt
    print({ approving: issueId })
    await runWorkflowAction(payload, { issueId, user: approver, input: { action: 'approve' } })
    print({ approved: issueId })
  } else {
    // Where an action is one transaction, a kill part-way rolls all of it back instead of leaving an intent.
    const transactionID = await payload.db.beginTransaction()
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
    print({ transactions: transactionID !== null })
    const { sha256OfCanonical } = await import('../../src/content/canonical-json')
    const issues = await payload.find({ collection: SLUGS.issues, draft: true, depth: 0, pagination: false, sort: 'id' })
    for (const issue of issues.docs) {
      const [events, releases, intents] = await Promise.all([
        payload.find({ collection: SLUGS.workflowEvents, where: { issue: { equals: issue.id } }, sort: 'sequence', depth: 0, pagination: false }),
        payload.find({ collection: SLUGS.releases, where: { issue: { equals: issue.id } }, depth: 0, pagination: false }),
        payload.find({ collection: SLUGS.workflowIntents, where: { and: [{ issueId: { equals: String(issue.id) } }, { done: { equals: false } }] }, depth: 0, pagination: false }),
      ])
      print({
        issueId: issue.id,
        stage: issue.stage,
        status: issue._status,
        workflowSequence: issue.workflowSequence,
        finalSignoffs: (issue.signoffs ?? []).filter((signoff) => signoff.stage === 'final').map((signoff) => signoff.releaseHash ?? null),
        events: events.docs.map((event) => ({ action: event.action, to: event.toStage, sequence: event.sequence, releaseHash: event.releaseHash ?? null })),
        releases: releases.docs.map((release) => ({ hash: release.hash, recomputed: sha256OfCanonical(release.content), latest: release.latest })),
        pendingIntents: intents.docs.length,
      })
    }
  }
  return 0
})
