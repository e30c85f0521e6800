import type { Role } from '../access/roles'
import type { Id } from '../content/ids'
import { REVIEW_CHAIN, type ReviewChain, type StageOf } from './chain'
import { stepIn } from './chain-lookup'
import type { Stage } from './stages'
import type { WorkflowState } from './types'

/** Who is told that an issue entered a stage: certain people, or everyone with a role. */
export type Recipients = { people: Id[] } | { role: Role }

/**
 * Who should act when an issue enters `stage`: for a chain stage, what its `notify` rule says (the
 * assigned people, else everyone with the role); for draft (sent back), the people who wrote and
 * submitted the revision. Null when nobody needs telling.
 */
export function recipientsOn<S extends string>(chain: ReviewChain<S>, state: WorkflowState<S>, stage: StageOf<S>): Recipients | null {
  const people = (ids: Id[]) => (ids.length > 0 ? { people: ids } : null)
  const step = stepIn(chain, stage)
  if (!step) return stage === 'draft' ? people([...state.authorIds, ...(state.submittedBy === null ? [] : [state.submittedBy])]) : null
  const assigned = state.assignees[step.stage] ?? []
  switch (step.notify) {
    case 'assignees':
      return people(assigned)
    case 'role':
      return { role: step.role }
    case 'assignees-else-role':
      return people(assigned) ?? { role: step.role }
  }
}

export const recipients = (state: WorkflowState, stage: Stage): Recipients | null =>
  recipientsOn(REVIEW_CHAIN, state, stage)
