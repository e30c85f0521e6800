import type { Role } from '../access/roles'
import type { Id } from '../content/ids'
import type { StageOf } from './chain'
import type { SignoffStage } from './stages'

/** A sign-off of stage `S` (by default one of the production chain's stages). */
export type WorkflowSignoff<S extends string = SignoffStage> = {
  stage: S
  userId: Id | null
  name: string
  affiliation?: string | null
  signedAt: string
  contentHash: string
  /** On the 终审 approval that published (or scheduled) the revision: the hash of its release. */
  releaseHash?: string | null
  comment?: string | null
  imported?: boolean
}

/** The review-chain part of an issue revision: everything the transition rules look at. */
export type WorkflowState<S extends string = SignoffStage> = {
  stage: StageOf<S>
  revision: number
  /** People who wrote this revision (created it or edited its content while in draft). */
  authorIds: Id[]
  submittedBy: Id | null
  /** The people assigned to each sign-off stage; none (or missing) means anyone with the stage's role. */
  assignees: Partial<Record<S, Id[]>>
  signoffs: WorkflowSignoff<S>[]
  publishAt: string | null
  /** Set by `reopen`: why the published revision is being corrected (public with the next release). */
  correctionNote?: string | null
}

export type WorkflowActor = { id: Id; roles: readonly Role[]; name: string; affiliation?: string | null }

export type Refusal = { ok: false; status: 400 | 401 | 403 | 409 | 422; code: string; message: string }

export type Effect = 'none' | 'publish' | 'schedule' | 'unschedule'
