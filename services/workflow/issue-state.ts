import type { Issue, User } from '../../payload-types'
import { idOf, idsOf } from '../../src/content/ids'
import type { WorkflowActor, WorkflowState } from '../../src/workflow/types'
import { toDocumentIdOrNull, toDocumentIds } from '../payload/document-id'

export function toWorkflowState(issue: Issue): WorkflowState {
  return {
    stage: issue.stage ?? 'draft',
    revision: issue.revision ?? 1,
    authorIds: idsOf(issue.authors),
    submittedBy: idOf(issue.submittedBy) ?? null,
    reviewerId: idOf(issue.reviewer) ?? null,
    layoutEditorId: idOf(issue.layoutEditor) ?? null,
    finalApproverIds: idsOf(issue.finalApprovers),
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
