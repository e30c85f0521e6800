import { createLocalReq, type Payload } from 'payload'

import type { Issue, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Action } from '../../src/workflow/actions'
import { REVIEW_CHAIN } from '../../src/workflow/chain'
import { stepIn } from '../../src/workflow/chain-lookup'
import { allowedActions } from '../../src/workflow/machine'
import { hasSigned, wroteRevision } from '../../src/workflow/signoff-rules'
import { SIGNOFF_STAGES } from '../../src/workflow/stages'
import { toActor, toWorkflowState } from './issue-state'
import { loadIssueContent } from './load-content'

export type QueueItem = { issue: Pick<Issue, 'id' | 'title' | 'number' | 'stage'>; actions: Action[] }

/**
 * The issues waiting for this person: in-chain issues they may approve or send back, and drafts
 * they wrote that are ready to submit. Withdrawing is possible but never "waiting", and neither is an
 * issue whose current stage the person already signed.
 */
export async function issuesWaitingFor(payload: Payload, user: User): Promise<QueueItem[]> {
  const req = await createLocalReq({ user }, payload)
  const candidates = await payload.find({
    collection: SLUGS.issues,
    where: { stage: { in: ['draft', ...SIGNOFF_STAGES] } },
    draft: true,
    depth: 0,
    limit: 100,
    sort: '-updatedAt',
    overrideAccess: false,
    user,
  })
  const actor = toActor(user)
  const items: QueueItem[] = []
  for (const issue of candidates.docs) {
    const state = toWorkflowState(issue)
    if (state.stage === 'draft' && !wroteRevision(actor, state)) continue
    // Whoever has approved the current stage (a 终审 that needs every final approver) is done with
    // this issue, even though they could still send it back.
    const step = stepIn(REVIEW_CHAIN, state.stage)
    if (step && hasSigned(actor, state, step.stage)) continue
    const { fingerprint } = await loadIssueContent(req, issue)
    const actions = allowedActions(state, actor, fingerprint).filter((action) => action !== 'withdraw')
    if (actions.length > 0) items.push({ issue: { id: issue.id, title: issue.title, number: issue.number, stage: issue.stage }, actions })
  }
  return items
}
