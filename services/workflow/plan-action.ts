import type { PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idsOf } from '../../src/content/ids'
import { buildReleaseContent } from '../../src/release/build-release'
import { releaseHash, type ReleaseCorrection } from '../../src/release/release-content'
import type { WorkflowSignoff, WorkflowState } from '../../src/workflow/types'
import type { ActionPlan, PlannedRelease } from './action-plan'
import { toWorkflowState, workflowFields } from './issue-state'
import type { EventInput } from './record-event'
import type { ReleaseFrame } from './release-frame'

/** The issue's first release, if it has one: a new release then corrects it. */
async function firstRelease(req: PayloadRequest, issue: Issue): Promise<{ publishedAt: string } | undefined> {
  const found = await req.payload.find({
    collection: SLUGS.releases,
    where: { issue: { equals: issue.id } },
    sort: 'revision',
    limit: 1,
    depth: 0,
    select: { publishedAt: true },
    req,
    overrideAccess: true,
  })
  return found.docs[0]
}

/**
 * The release of the revision `state` publishes, and the sign-offs with the last 终审 approval now
 * carrying its hash: the signature is computed from exactly the content readers will get.
 */
export async function planRelease(
  req: PayloadRequest,
  issue: Issue,
  frame: ReleaseFrame,
  state: WorkflowState,
  publishedAt: string,
): Promise<{ release: PlannedRelease; signoffs: WorkflowSignoff[] }> {
  return releasePlanOf(frame, state, publishedAt, await firstRelease(req, issue))
}

/** The same given the issue's first release (undefined when this is its first). */
export function releasePlanOf(
  frame: ReleaseFrame,
  state: WorkflowState,
  publishedAt: string,
  first: { publishedAt: string } | undefined,
): { release: PlannedRelease; signoffs: WorkflowSignoff[] } {
  // A correction keeps the issue's place in the archive: its date stays the first publication's.
  const correction: ReleaseCorrection | null = first ? { note: state.correctionNote || '', correctedAt: publishedAt } : null
  const content = buildReleaseContent({
    ...frame,
    signoffs: state.signoffs,
    revision: state.revision,
    publishedAt: first ? new Date(first.publishedAt).toISOString() : publishedAt,
    correction,
  })
  const hash = releaseHash(content)
  const signoffs = state.signoffs.map((signoff, index) => (index === state.signoffs.length - 1 ? { ...signoff, releaseHash: hash } : signoff))
  return {
    release: {
      content,
      hash,
      signoffs: signoffs.map((signoff) => ({
        stage: signoff.stage,
        name: signoff.name,
        affiliation: signoff.affiliation ?? null,
        signedAt: signoff.signedAt,
        hash: signoff.releaseHash ?? signoff.contentHash,
      })),
    },
    signoffs,
  }
}

type PlanArgs = {
  issue: Issue
  state: WorkflowState
  event: Omit<EventInput, 'issueId' | 'sequence' | 'revision'> & { revision?: number }
  extra?: Record<string, unknown>
  publish?: boolean
  release?: PlannedRelease | null
  schedule?: ActionPlan['schedule']
}

/** An action's plan: the new state of `issue` and the audit event that records the move. */
export function planAction(req: PayloadRequest, { issue, state, event, extra = {}, publish = false, release = null, schedule = null }: PlanArgs): ActionPlan {
  const sequence = (issue.workflowSequence ?? 0) + 1
  const before = toWorkflowState(issue)
  return {
    issueId: issue.id,
    sequence,
    event: { revision: before.revision, userId: req.user?.id ?? null, ...event, issueId: issue.id, sequence },
    issueData: { ...extra, ...workflowFields(state) },
    publish,
    articleIds: publish ? idsOf(issue.articles) : [],
    release,
    schedule,
    before: { ...workflowFields(before), workflowSequence: issue.workflowSequence ?? 0 },
  }
}
