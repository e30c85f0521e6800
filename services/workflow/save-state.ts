import type { PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idsOf, type Id } from '../../src/content/ids'
import type { WorkflowState } from '../../src/workflow/types'
import { workflowFields } from './issue-state'
import { readAs } from './read-as'

type SaveArgs = { issueId: Id; state: WorkflowState; sequence: number; extra?: Partial<Issue> }

/** Stores a new workflow state as a draft version: the published revision (if any) stays live. */
export async function saveDraftState(req: PayloadRequest, { issueId, state, sequence, extra }: SaveArgs): Promise<Issue> {
  return req.payload.update({
    collection: SLUGS.issues,
    id: issueId,
    data: { ...extra, ...workflowFields(state), workflowSequence: sequence },
    draft: true,
    depth: 0,
    req,
    ...readAs(req),
  })
}

/** Publishes the revision: its articles first (their latest versions), then the issue itself. */
export async function publishRevision(req: PayloadRequest, issue: Issue, args: SaveArgs): Promise<Issue> {
  for (const articleId of idsOf(issue.articles)) {
    await req.payload.update({
      collection: SLUGS.articles,
      id: articleId,
      data: { _status: 'published' },
      draft: false,
      depth: 0,
      req,
      ...readAs(req),
    })
  }
  return req.payload.update({
    collection: SLUGS.issues,
    id: args.issueId,
    data: { ...args.extra, ...workflowFields(args.state), workflowSequence: args.sequence, _status: 'published' },
    draft: false,
    depth: 0,
    req,
    ...readAs(req),
  })
}
