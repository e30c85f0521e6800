import { bilingual, type Bilingual } from '../i18n/bilingual'

/** What a poll of one feed came to (the `status` of each result of POST /api/feeds/poll). */
export const POLL_STATUS_TEXT: Record<string, Bilingual> = {
  ok: bilingual('抓取成功', 'Fetched'),
  'not-modified': bilingual('无更新', 'Not modified'),
  error: bilingual('失败', 'Failed'),
  skipped: bilingual('暂缓（对方要求稍后再试）', 'Skipped (the site asked to retry later)'),
}

/** Words of the watch desk's admin screens (inbox, feed health, dashboard), in both admin languages. */
export const WATCH_TEXT = {
  inboxTitle: bilingual('收件箱', 'Inbox'),
  inboxIntro: bilingual(
    '智库订阅源抓取到的新报告。认领后开始写稿，或注明理由跳过。',
    'New reports found on think-tank feeds. Claim one and start an article, or skip it with a reason.',
  ),
  feedHealthTitle: bilingual('订阅源状态', 'Feed health'),
  feedHealthIntro: bilingual(
    '每个订阅源最近一次抓取的结果。失败的订阅源排在前面，会按退避间隔自动重试。',
    'The last fetch of each feed. Failing feeds come first; they are retried automatically with back-off.',
  ),
  // Filters
  filterThinkTank: bilingual('智库', 'Think tank'),
  filterStatus: bilingual('状态', 'Status'),
  filterFrom: bilingual('发布日期自', 'Published from'),
  filterTo: bilingual('至', 'to'),
  filterText: bilingual('关键词', 'Search'),
  filterTextPlaceholder: bilingual('标题、摘要、作者或智库名称（中英文均可）', 'Title, summary, author or think tank (Chinese or English)'),
  anyThinkTank: bilingual('全部智库', 'All think tanks'),
  anyStatus: bilingual('全部状态', 'All statuses'),
  apply: bilingual('筛选', 'Filter'),
  reset: bilingual('清除筛选', 'Clear filters'),
  // List
  results: bilingual('条线索', 'leads'),
  empty: bilingual('没有符合条件的线索。', 'No leads match.'),
  columnReport: bilingual('报告', 'Report'),
  columnThinkTank: bilingual('智库', 'Think tank'),
  columnPublished: bilingual('发布日期', 'Published'),
  columnStatus: bilingual('状态', 'Status'),
  columnActions: bilingual('操作', 'Actions'),
  by: bilingual('作者', 'By'),
  claimedBy: bilingual('认领人', 'Claimed by'),
  skipReason: bilingual('跳过理由', 'Reason for skipping'),
  noDate: bilingual('日期不详', 'Undated'),
  previous: bilingual('上一页', 'Previous'),
  next: bilingual('下一页', 'Next'),
  page: bilingual('页', 'Page'),
  // Actions
  claim: bilingual('认领', 'Claim'),
  claimed: bilingual('已认领', 'Claimed'),
  skip: bilingual('跳过', 'Skip'),
  skipTitle: bilingual('跳过这条线索', 'Skip this lead'),
  skipReasonHint: bilingual('说明为什么不跟进（如：与本刊主题无关、已有报道）', 'Say why it is not followed up (e.g. off topic, already covered)'),
  skipConfirm: bilingual('确认跳过', 'Skip it'),
  skipped: bilingual('已跳过', 'Skipped'),
  cancel: bilingual('取消', 'Cancel'),
  reasonRequired: bilingual('请填写跳过理由', 'Give a reason for skipping'),
  openOriginal: bilingual('打开原文', 'Open the original'),
  startArticle: bilingual('开始写稿', 'Start an article'),
  openArticle: bilingual('打开稿件', 'Open the article'),
  started: bilingual('已创建草稿文章', 'Draft article created'),
  readOnly: bilingual('你可以查看线索；认领、跳过和写稿由编辑和管理员操作。', 'You can read leads; editors and administrators claim, skip and start articles.'),
  noAccess: bilingual('你没有查看此页面的权限。', 'You do not have access to this page.'),
  failed: bilingual('操作失败', 'The action failed'),
  forbidden: bilingual('你没有权限执行此操作。', 'You are not allowed to do this.'),
  conflict: bilingual('这条线索已被处理（已成文），请刷新页面。', 'This lead has already been dealt with (used); reload the page.'),
  notFound: bilingual('找不到这条记录，可能已被删除。', 'This record was not found; it may have been deleted.'),
  // Feed health
  feedColumn: bilingual('订阅源', 'Feed'),
  healthColumn: bilingual('状态', 'Health'),
  lastFetched: bilingual('上次抓取', 'Last fetched'),
  failingSince: bilingual('失败起始', 'Failing since'),
  errorColumn: bilingual('错误原因', 'Error'),
  errorsInRow: bilingual('连续失败次数', 'Errors in a row'),
  nextFetch: bilingual('下次抓取', 'Next fetch'),
  healthFailing: bilingual('失败', 'Failing'),
  healthOk: bilingual('正常', 'Healthy'),
  healthNever: bilingual('尚未抓取', 'Not fetched yet'),
  healthInactive: bilingual('已停用', 'Inactive'),
  pollNow: bilingual('立即抓取', 'Poll now'),
  polling: bilingual('正在抓取…', 'Polling…'),
  noFeeds: bilingual('还没有订阅源。', 'No feeds yet.'),
  editFeed: bilingual('编辑', 'Edit'),
  unknownTime: bilingual('不详', 'Unknown'),
  // Dashboard
  watchTitle: bilingual('智库动态', 'Think-tank watch'),
  openInbox: bilingual('打开收件箱', 'Open the inbox'),
  openFeedHealth: bilingual('查看订阅源状态', 'See feed health'),
  manageFeeds: bilingual('管理订阅源', 'Manage feeds'),
  pollAll: bilingual('全部立即抓取', 'Poll all now'),
  pollDone: bilingual('抓取完成', 'Poll finished'),
  chartTitle: bilingual('近 30 天各智库每日新报告', 'New reports per think tank per day, last 30 days'),
  chartEmpty: bilingual('近 30 天没有新报告。', 'No new reports in the last 30 days.'),
  others: bilingual('其他', 'Others'),
  reports: bilingual('篇', 'reports'),
  noThinkTank: bilingual('未标明智库', 'No think tank'),
} as const

export type WatchTextKey = keyof typeof WATCH_TEXT

/** Nouns said after a count: Chinese has one form; English has one for 1 and one for the rest. */
const COUNTED = {
  failingFeeds: { zh: '个订阅源抓取失败', one: 'feed failing', other: 'feeds failing' },
  newLeads: { zh: '条新线索', one: 'new lead', other: 'new leads' },
  newLeadsWaiting: { zh: '条新线索待处理', one: 'new lead waiting', other: 'new leads waiting' },
} as const

/** What follows a count on the watch desk's screens: `1 feed failing`, `3 feeds failing`, `3 个订阅源抓取失败`. */
export function countedNoun(key: keyof typeof COUNTED, count: number, language: string | undefined): string {
  const noun = COUNTED[key]
  if (language !== 'en') return noun.zh
  return count === 1 ? noun.one : noun.other
}

/** A think tank's name in the admin's language: Chinese on a Chinese screen, English on an English one. */
export const thinkTankLabel = (thinkTank: { name?: string | null; nameEn?: string | null }, language: string | undefined): string =>
  (language === 'en' ? thinkTank.nameEn || thinkTank.name : thinkTank.name || thinkTank.nameEn) ?? ''

/** `2026-03-31 09:05 UTC`: the same on a Chinese and an English screen, and the same on server and browser. */
export function formatTime(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return undefined
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** `2026-03-31`: a report's publication day. */
export function formatDay(iso: string | null | undefined): string | undefined {
  return formatTime(iso)?.slice(0, 10)
}
