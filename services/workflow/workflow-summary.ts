import type { PayloadRequest } from 'payload'

import type { WorkflowEvent } from '../../payload-types'
import type { CheckFinding } from '../../src/checks/types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import type { Action } from '../../src/workflow/actions'
import { allowedActions } from '../../src/workflow/machine'
import type { WorkflowState } from '../../src/workflow/types'
import { findLatestIssue } from './find-latest'
import { toActor, toWorkflowState } from './issue-state'
import { loadIssueContent } from './load-content'
import { readAs } from './read-as'

export type WorkflowSummary = {
  id: Id
  title: string
  stage: WorkflowState['stage']
  revision: number
  allowedActions: Action[]
  signoffs: WorkflowState['signoffs']
  findings: CheckFinding[]
  history: (Pick<WorkflowEvent, 'id' | 'action' | 'fromStage' | 'toStage' | 'comment' | 'createdAt' | 'revision'> & {
    userName: string | null
  })[]
}

/** What the workflow panel shows: the stage, who signed, what this user may do, checks and history. */
export async function workflowSummary(req: PayloadRequest, issueId: Id): Promise<WorkflowSummary> {
  const issue = await findLatestIssue(req, issueId)
  const content = await loadIssueContent(req, issue)
  const state = toWorkflowState(issue)
  const events = await req.payload.find({
    collection: SLUGS.workflowEvents,
    where: { issue: { equals: issueId } },
    sort: '-sequence',
    depth: 1,
    limit: 100,
    req,
    ...readAs(req),
  })
  return {
    id: issue.id,
    title: issue.title,
    stage: state.stage,
    revision: state.revision,
    allowedActions: req.user ? allowedActions(state, toActor(req.user), content.fingerprint) : [],
    signoffs: state.signoffs,
    findings: content.findings,
    history: events.docs.map((event) => ({
      id: event.id,
      action: event.action,
      fromStage: event.fromStage,
      toStage: event.toStage,
      comment: event.comment,
      createdAt: event.createdAt,
      revision: event.revision,
      userName: event.user && typeof event.user === 'object' ? event.user.name : null,
    })),
  }
}
