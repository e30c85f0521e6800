import type { Role } from '../access/roles'
import { bilingual, type Bilingual } from '../i18n/bilingual'

/** What a sign-off binds: the words readers get, or the words and how they are laid out. */
export type Coverage = 'text' | 'text+presentation'

/** What the stage's assigned person may change while the issue is in it; nobody else changes anything. */
export type EditScope = 'text+presentation' | 'presentation' | 'nothing'

/**
 * What finishes the stage: one sign-off, or a sign-off from every assigned person (any one person
 * with the role when nobody is assigned).
 */
export type Completion = 'one' | 'every-assignee'

/** Who is emailed when an issue enters the stage. */
export type NotifyRule = 'assignees-else-role' | 'assignees' | 'role'

/** One sign-off stage of the review chain. */
export type ChainStep<S extends string = string> = {
  readonly stage: S
  readonly label: Bilingual
  /** The role a person needs to sign (approve) or send back the issue in this stage. */
  readonly role: Role
  /** How messages name that person, in each language: "只有审核人可以…" / "Only a reviewer can…". */
  readonly roleName: Bilingual
  /** The issue field holding the people assigned to the stage (`assignees[stage]` in the rules). */
  readonly assigneeField: string
  readonly completes: Completion
  readonly covers: Coverage
  /** How the stage's line in a published issue's credits block starts (and how the importer reads it). */
  readonly creditLabel: string
  readonly assigneeEdits: EditScope
  readonly notify: NotifyRule
}

/**
 * The review chain: its sign-off stages in order. Submitting enters the first; approving a stage
 * (once it is complete) enters the next; completing the last publishes the revision, or schedules
 * it when `publishAt` is in the future.
 */
export type ReviewChain<S extends string = string> = readonly [ChainStep<S>, ...ChainStep<S>[]]

/** The stages outside the chain: before it, and after its last sign-off. */
export const FIXED_STAGE_LABELS = {
  draft: bilingual('草稿', 'Draft'),
  scheduled: bilingual('定时发布', 'Scheduled'),
  published: bilingual('已发布', 'Published'),
} as const

export type FixedStage = keyof typeof FIXED_STAGE_LABELS

/** Every stage of an issue revision on a chain whose sign-off stages are `S`. */
export type StageOf<S extends string> = FixedStage | S

/** The production chain: 审核 → 排版 → 终审. */
export const REVIEW_CHAIN = [
  {
    stage: 'review',
    label: bilingual('审核', 'Review'),
    role: 'reviewer',
    roleName: bilingual('审核人', 'reviewer'),
    assigneeField: 'reviewer',
    completes: 'one',
    covers: 'text',
    creditLabel: '审核',
    assigneeEdits: 'text+presentation',
    notify: 'assignees-else-role',
  },
  {
    stage: 'layout',
    label: bilingual('排版', 'Layout'),
    role: 'layout',
    roleName: bilingual('排版编辑', 'layout editor'),
    assigneeField: 'layoutEditor',
    completes: 'one',
    covers: 'text+presentation',
    creditLabel: '排版',
    assigneeEdits: 'presentation',
    notify: 'assignees-else-role',
  },
  {
    stage: 'final',
    label: bilingual('终审', 'Final approval'),
    role: 'final-approver',
    roleName: bilingual('终审人', 'final approver'),
    assigneeField: 'finalApprovers',
    completes: 'every-assignee',
    covers: 'text+presentation',
    creditLabel: '终审',
    assigneeEdits: 'nothing',
    notify: 'assignees-else-role',
  },
] as const satisfies ReviewChain

export type ProductionStep = (typeof REVIEW_CHAIN)[number]
