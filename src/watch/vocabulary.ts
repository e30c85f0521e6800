import { bilingual, type Bilingual } from '../i18n/bilingual'

/** Where a lead stands in triage: new → claimed → used (a source and a draft article made from it) or skipped. */
export const LEAD_STATUSES = ['new', 'claimed', 'used', 'skipped'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

export const LEAD_STATUS_LABELS: Record<LeadStatus, Bilingual> = {
  new: bilingual('新线索', 'New'),
  claimed: bilingual('已认领', 'Claimed'),
  used: bilingual('已采用', 'Used'),
  skipped: bilingual('已跳过', 'Skipped'),
}

/** What the last fetch of a feed came to. */
export const FEED_FETCH_STATUSES = ['ok', 'not-modified', 'error'] as const
export type FeedFetchStatus = (typeof FEED_FETCH_STATUSES)[number]

export const FEED_FETCH_STATUS_LABELS: Record<FeedFetchStatus, Bilingual> = {
  ok: bilingual('成功', 'OK'),
  'not-modified': bilingual('未更新', 'Not modified'),
  error: bilingual('出错', 'Error'),
}

export const DEFAULT_FEED_INTERVAL_MINUTES = 60
