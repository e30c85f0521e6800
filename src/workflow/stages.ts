import { bilingual, type Bilingual } from '../i18n/bilingual'

export const STAGES = ['draft', 'review', 'layout', 'final', 'scheduled', 'published'] as const

export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, Bilingual> = {
  draft: bilingual('草稿', 'Draft'),
  review: bilingual('审核', 'Review'),
  layout: bilingual('排版', 'Layout'),
  final: bilingual('终审', 'Final approval'),
  scheduled: bilingual('定时发布', 'Scheduled'),
  published: bilingual('已发布', 'Published'),
}

/** The stages that end in a sign-off, in the order of the chain. */
export const SIGNOFF_STAGES = ['review', 'layout', 'final'] as const

export type SignoffStage = (typeof SIGNOFF_STAGES)[number]

/** How each sign-off stage is named in a published issue's credits block. */
export const CREDIT_LABELS: Record<SignoffStage, string> = {
  review: '审核',
  layout: '排版',
  final: '终审',
}
