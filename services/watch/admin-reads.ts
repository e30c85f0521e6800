import type { Payload } from 'payload'

import type { Feed, Lead, ThinkTank, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idOf, type Id } from '../../src/content/ids'
import { chartStart, dailyReports, type DailyReports, NO_THINK_TANK_KEY, OTHERS_KEY } from '../../src/watch/daily-reports'
import { countFailing, sortFeedsByHealth } from '../../src/watch/feed-health'
import { inboxWhere, type InboxFilters } from '../../src/watch/inbox-filter'
import { READER_LANGUAGE_CONTEXT } from '../../src/watch/watch-failure'

/*
 * What the watch desk's admin screens read (inbox, feed health, dashboard), always as the signed-in
 * staff member: the collections' access rules decide, never these functions.
 */

export const INBOX_PAGE_SIZE = 25

export type ThinkTankName = Pick<ThinkTank, 'id' | 'name' | 'nameEn' | 'acronym'>

export type InboxLead = Pick<Lead, 'id' | 'title' | 'url' | 'summary' | 'authors' | 'publishedAt' | 'status' | 'skipReason' | 'createdAt'> & {
  thinkTank?: Id
  claimedBy?: { id: Id; name: string }
  article?: Id
}

export type InboxPage = { leads: InboxLead[]; totalDocs: number; page: number; totalPages: number }

const asUser = (user: User) => ({ overrideAccess: false, user }) as const

const userName = (value: Lead['claimedBy']): { id: Id; name: string } | undefined => {
  if (!value || typeof value !== 'object') return undefined
  return { id: value.id, name: value.name || value.email }
}

/** One page of the inbox, newest report first (`sortAt`: the publication date, else when it was first seen). */
export async function readInbox(payload: Payload, user: User, filters: InboxFilters): Promise<InboxPage> {
  const result = await payload.find({
    collection: SLUGS.leads,
    where: inboxWhere(filters),
    sort: ['-sortAt', '-createdAt'],
    page: filters.page,
    limit: INBOX_PAGE_SIZE,
    depth: 1,
    select: { title: true, url: true, summary: true, authors: true, publishedAt: true, status: true, skipReason: true, createdAt: true, thinkTank: true, claimedBy: true, article: true },
    populate: { [SLUGS.users]: { name: true, email: true } },
    ...asUser(user),
  })
  return {
    leads: result.docs.map((lead) => ({
      id: lead.id,
      title: lead.title,
      url: lead.url,
      summary: lead.summary,
      authors: lead.authors,
      publishedAt: lead.publishedAt,
      status: lead.status,
      skipReason: lead.skipReason,
      createdAt: lead.createdAt,
      thinkTank: idOf(lead.thinkTank),
      claimedBy: userName(lead.claimedBy),
      article: idOf(lead.article),
    })),
    totalDocs: result.totalDocs,
    page: result.page ?? 1,
    totalPages: result.totalPages,
  }
}

/** Every think tank's names, for the inbox filter and for labelling leads and chart bands. */
export async function readThinkTankNames(payload: Payload, user: User, ids?: readonly Id[]): Promise<ThinkTankName[]> {
  if (ids && ids.length === 0) return []
  const result = await payload.find({
    collection: SLUGS.thinkTanks,
    ...(ids ? { where: { id: { in: [...ids] } } } : {}),
    select: { name: true, nameEn: true, acronym: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    ...asUser(user),
  })
  return result.docs.map(({ id, name, nameEn, acronym }) => ({ id, name, nameEn, acronym }))
}

export type FeedRow = Pick<Feed, 'id' | 'url' | 'active' | 'intervalMinutes' | 'lastFetchedAt' | 'lastStatus' | 'lastError' | 'errorCount' | 'failingSince' | 'nextFetchAt'> & {
  thinkTank?: Id
}

/** Every feed with what the fetcher kept about it, failing ones first (src/watch/feed-health.ts); errors in `language`. */
export async function readFeedHealth(payload: Payload, user: User, language: string = 'zh'): Promise<FeedRow[]> {
  const result = await payload.find({
    context: { [READER_LANGUAGE_CONTEXT]: language },
    collection: SLUGS.feeds,
    select: { url: true, active: true, intervalMinutes: true, lastFetchedAt: true, lastStatus: true, lastError: true, errorCount: true, failingSince: true, nextFetchAt: true, thinkTank: true },
    depth: 0,
    pagination: false,
    ...asUser(user),
  })
  const rows: FeedRow[] = result.docs.map((feed) => ({
    id: feed.id,
    url: feed.url,
    active: feed.active,
    intervalMinutes: feed.intervalMinutes,
    lastFetchedAt: feed.lastFetchedAt,
    lastStatus: feed.lastStatus,
    lastError: feed.lastError,
    errorCount: feed.errorCount,
    failingSince: feed.failingSince,
    nextFetchAt: feed.nextFetchAt,
    thinkTank: idOf(feed.thinkTank),
  }))
  return sortFeedsByHealth(rows)
}

export type WatchSummary = { newLeads: number; failingFeeds: number; chart: DailyReports; names: Map<string, ThinkTankName> }

/**
 * The dashboard's figures: new leads, failing feeds, and the chart of the last 30 days. The chart reads
 * only three columns of the leads in the window (no relationships populated), so it stays cheap with
 * thousands of leads.
 */
export async function readWatchSummary(payload: Payload, user: User, now: Date): Promise<WatchSummary> {
  const start = chartStart(now)
  const [newLeads, feeds, recent] = await Promise.all([
    payload.count({ collection: SLUGS.leads, where: { status: { equals: 'new' } }, ...asUser(user) }),
    payload.find({ collection: SLUGS.feeds, select: { errorCount: true, lastStatus: true, active: true }, depth: 0, pagination: false, ...asUser(user) }),
    payload.find({
      collection: SLUGS.leads,
      where: { or: [{ publishedAt: { greater_than_equal: start } }, { and: [{ publishedAt: { exists: false } }, { createdAt: { greater_than_equal: start } }] }] },
      select: { thinkTank: true, publishedAt: true, createdAt: true },
      depth: 0,
      pagination: false,
      ...asUser(user),
    }),
  ])
  const chart = dailyReports(
    recent.docs.map((lead) => ({ thinkTank: idOf(lead.thinkTank), publishedAt: lead.publishedAt, createdAt: lead.createdAt })),
    now,
  )
  const bandIds = chart.series.filter((band) => band.key !== OTHERS_KEY && band.key !== NO_THINK_TANK_KEY && band.thinkTank !== undefined).map((band) => band.thinkTank!)
  const names = await readThinkTankNames(payload, user, bandIds)
  return {
    newLeads: newLeads.totalDocs,
    failingFeeds: countFailing(feeds.docs),
    chart,
    names: new Map(names.map((name) => [String(name.id), name])),
  }
}
