import type { Issue, User } from '../../payload-types'
import { idOf, idsOf, type Id } from '../../src/content/ids'
import { REVIEW_CHAIN } from '../../src/workflow/chain'
import type { WorkflowActor, WorkflowState } from '../../src/workflow/types'
import { toDocumentIdOrNull, toDocumentIds } from '../payload/document-id'

/** The people an issue field assigns: one relationship (reviewer) or a list (finalApprovers). */
const assignedIds = (value: unknown): Id[] => idsOf(Array.isArray(value) ? value : [value])

/** Each chain stage's assigned people, read from the issue field the chain table names for it. */
function assigneesOf(issue: Issue): WorkflowState['assignees'] {
  const assignees: WorkflowState['assignees'] = {}
  for (const step of REVIEW_CHAIN) assignees[step.stage] = assignedIds(issue[step.assigneeField])
  return assignees
}

export function toWorkflowState(issue: Issue): WorkflowState {
  return {
    stage: issue.stage ?? 'draft',
    revision: issue.revision ?? 1,
    authorIds: idsOf(issue.authors),
    submittedBy: idOf(issue.submittedBy) ?? null,
    assignees: assigneesOf(issue),
    signoffs: (issue.signoffs ?? []).map((signoff) => ({
      stage: signoff.stage,
      userId: idOf(signoff.user) ?? null,
      name: signoff.name,
      affiliation: signoff.affiliation ?? null,
      signedAt: signoff.signedAt ?? '',
      contentHash: signoff.contentHash ?? '',
      releaseHash: signoff.releaseHash ?? null,
      comment: signoff.comment ?? null,
      imported: signoff.imported ?? false,
    })),
    publishAt: issue.publishAt ?? null,
    correctionNote: issue.correctionNote ?? null,
  }
}

/** The issue fields that hold the workflow state (written only through the workflow service). */
export function workflowFields(state: WorkflowState) {
  return {
    stage: state.stage,
    revision: state.revision,
    authors: toDocumentIds(state.authorIds),
    submittedBy: toDocumentIdOrNull(state.submittedBy),
    ...(state.correctionNote !== undefined ? { correctionNote: state.correctionNote } : {}),
    signoffs: state.signoffs.map((signoff) => ({
      stage: signoff.stage,
      user: toDocumentIdOrNull(signoff.userId),
      name: signoff.name,
      affiliation: signoff.affiliation ?? null,
      signedAt: signoff.signedAt || null,
      contentHash: signoff.contentHash,
      releaseHash: signoff.releaseHash ?? null,
      comment: signoff.comment ?? null,
      imported: signoff.imported ?? false,
    })),
  }
}

export const toActor = (user: User): WorkflowActor => ({
  id: user.id,
  roles: user.roles ?? [],
  name: user.name,
  affiliation: user.affiliation ?? null,
})
