import type { Bilingual } from '../i18n/bilingual'
import { REVIEW_CHAIN, type StageOf } from './chain'
import { labelOf, recordOf, stagesOf, stepOf } from './chain-lookup'

/** The production chain's sign-off stages: review (审核), layout (排版), final (终审). */
export type SignoffStage = (typeof REVIEW_CHAIN)[number]['stage']

export type Stage = StageOf<SignoffStage>

/** Every stage in order (draft, the chain, scheduled, published), for select options and checks. */
export const STAGES: readonly Stage[] = stagesOf(REVIEW_CHAIN)

export const STAGE_LABELS: Record<Stage, Bilingual> = recordOf(STAGES, (stage) => labelOf(REVIEW_CHAIN, stage))

/** The stages that end in a sign-off, in the order of the chain. */
export const SIGNOFF_STAGES: readonly SignoffStage[] = REVIEW_CHAIN.map((step) => step.stage)

/** How each sign-off stage is named in a published issue's credits block. */
export const CREDIT_LABELS: Record<SignoffStage, string> = recordOf(SIGNOFF_STAGES, (stage) => stepOf(REVIEW_CHAIN, stage).creditLabel)
