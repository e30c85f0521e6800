import type { Id } from '../../src/content/ids'
import type { ReleaseContent } from '../../src/release/release-content'
import type { EventInput } from './record-event'

export type PlannedRelease = {
  content: ReleaseContent
  hash: string
  /** Who signed this revision, as the release API shows them (not part of the signed content). */
  signoffs: { stage: string; name: string; affiliation: string | null; signedAt: string; hash: string }[]
}

/**
 * Everything one workflow action writes, decided before anything is written. Stored first as a
 * write-ahead intent (see intents.ts), then applied step by step; every step can run twice.
 */
export type ActionPlan = {
  issueId: Id
  sequence: number
  event: EventInput
  /** Fields of the issue's new latest version. */
  issueData: Record<string, unknown>
  /** Publish the revision (its articles, then the issue) rather than save a draft version. */
  publish: boolean
  articleIds: Id[]
  release: PlannedRelease | null
  schedule: { publishAt: string; revision: number } | null
  /** The issue's workflow fields before the action, to put back if applying fails. */
  before: Record<string, unknown>
}
