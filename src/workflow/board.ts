import { sameId, type Id } from '../content/ids'
import type { Action } from './actions'
import { allowedActions } from './machine'
import type { WorkflowActor, WorkflowState } from './types'

/**
 * "Mine" on the board: the issues a person wrote, submitted, is assigned to in any stage, or signed
 * off (a sign-off of the revision in hand — a published issue keeps the ones it was released with).
 */
export function isMine(state: WorkflowState, userId: Id): boolean {
  const people = [
    ...state.authorIds,
    state.submittedBy,
    ...Object.values(state.assignees).flatMap((ids) => ids ?? []),
    ...state.signoffs.map((signoff) => signoff.userId),
  ]
  return people.some((person) => person !== null && sameId(person, userId))
}

/**
 * The actions the board offers on an issue: what waits for the person (`queued`: submit, approve,
 * send back, already checked against the content as it is now), plus reopening a published or
 * scheduled issue for those who may. A frozen revision's sign-offs are never re-checked against
 * its content (`reconcileSignoffs` leaves them be), so its actions need no content fingerprint.
 */
export function boardActions(state: WorkflowState, actor: WorkflowActor, queued: readonly Action[]): Action[] {
  if (state.stage !== 'published' && state.stage !== 'scheduled') return [...queued]
  return allowedActions(state, actor, FROZEN)
}

const FROZEN = { text: '', presentation: '' }
