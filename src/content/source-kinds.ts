import { bilingual, type Bilingual } from '../i18n/bilingual'

export const SOURCE_KINDS = ['report', 'analysis', 'commentary', 'testimony', 'event', 'podcast', 'other'] as const

export type SourceKind = (typeof SOURCE_KINDS)[number]

export const SOURCE_KIND_LABELS: Record<SourceKind, Bilingual> = {
  report: bilingual('研究报告', 'Report'),
  analysis: bilingual('分析文章', 'Analysis'),
  commentary: bilingual('评论', 'Commentary'),
  testimony: bilingual('听证证词', 'Testimony'),
  event: bilingual('活动', 'Event'),
  podcast: bilingual('播客', 'Podcast'),
  other: bilingual('其他', 'Other'),
}
