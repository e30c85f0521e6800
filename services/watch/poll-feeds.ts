import type { Payload } from 'payload'

import type { Feed } from '../../payload-types'
import { type Say, sayIn } from '../../src/checks/say'
import { SLUGS } from '../../src/collection-slugs'
import { idOf, type Id } from '../../src/content/ids'
import { decodeBody } from '../../src/watch/encoding'
import { FeedFormatError, parseFeedDocument } from '../../src/watch/parse-feed'
import { nextFetchAt, parseRetryAfter } from '../../src/watch/schedule'
import { encodeFailure, failure, failureText } from '../../src/watch/watch-failure'
import { actorAccess, fetcherWriteContext, SYSTEM_ACTOR, type WatchActor } from './actor'
import { hostSlotsOf } from './database-host-slots'
import { FEED_DEADLINE_MS, FetchFailure, safeGet } from './fetcher'
import { storeLeads } from './store-leads'

/*
 * Polling: fetch → decode → parse → normalise (src/watch) → store (store-leads.ts), then the feed's
 * health and schedule. Every failure is recorded on the feed and answered as a result; it never
 * stops the other feeds.
 */

export type PollResult = {
  feed: Id
  url: string
  status: 'ok' | 'not-modified' | 'error' | 'skipped'
  created: number
  error?: string
}

export type PollOptions = {
  actor?: WatchActor
  /** Poll even when the server asked to wait (Retry-After). */
  force?: boolean
  now?: Date
  /** The language of the results' `error` texts (the request's; Chinese by default). The feed stores the failure's code, shown in each reader's language. */
  say?: Say
  /** Called as each feed finishes (the CLI's progress). */
  onResult?: (result: PollResult, done: number, total: number) => void
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1'

/** How many feeds are polled at once (each host still gets at most 2 requests at once). */
const FEEDS_AT_ONCE = 8

// Feeds being polled in this process: a second poll of the same feed meanwhile is answered "skipped".
const IN_FLIGHT_KEY = Symbol.for('zhiku.watch.inFlight')
const inFlight = ((globalThis as Record<symbol, unknown>)[IN_FLIGHT_KEY] ??= new Set<string>()) as Set<string>

type Fetched = { drafts: ReturnType<typeof parseFeedDocument> & { kind: 'feed' }; feedUrl: string; etag?: string; lastModified?: string } | { notModified: true }

async function fetchAndParse(payload: Payload, feed: Feed, signal: AbortSignal): Promise<Fetched> {
  const target = feed.feedUrl || feed.url
  const hostSlots = hostSlotsOf(payload)
  // Validators belong to the address they came from.
  const first = await safeGet(target, { signal, accept: FEED_ACCEPT, etag: feed.etag, lastModified: feed.lastModified, hostSlots })
  if (first.status === 'not-modified') return { notModified: true }
  const parsed = parseFeedDocument(decodeBody(first.body, first.contentType).text, first.url)
  if (parsed.kind === 'feed') return { drafts: parsed, feedUrl: target, etag: first.etag, lastModified: first.lastModified }
  // A page that names its feed: follow the first it names, once.
  const feedUrl = parsed.feedLinks[0]!
  const second = await safeGet(feedUrl, { signal, accept: FEED_ACCEPT, hostSlots })
  if (second.status === 'not-modified') return { notModified: true }
  const feedDocument = parseFeedDocument(decodeBody(second.body, second.contentType).text, second.url)
  if (feedDocument.kind !== 'feed') throw new FeedFormatError(failure('feed-link-html', { url: feedUrl }))
  return { drafts: feedDocument, feedUrl, etag: second.etag, lastModified: second.lastModified }
}


async function recordFeed(payload: Payload, feed: Feed, data: Partial<Feed>, actor: WatchActor) {
  await payload.update({ collection: SLUGS.feeds, id: feed.id, data, depth: 0, context: fetcherWriteContext(), ...actorAccess(actor) })
}

/** Polls one feed now; never throws for the feed's own faults (they are its result). */
export async function pollFeed(payload: Payload, feed: Feed, options: PollOptions = {}): Promise<PollResult> {
  const actor = options.actor ?? SYSTEM_ACTOR
  const now = options.now ?? new Date()
  const say = options.say ?? sayIn('zh')
  const base = { feed: feed.id, url: feed.url }
  if (!options.force && feed.retryAfter && new Date(feed.retryAfter).getTime() > now.getTime()) {
    return { ...base, status: 'skipped', created: 0, error: failureText(failure('retry-after', { until: feed.retryAfter }), say) }
  }
  const key = String(feed.id)
  if (inFlight.has(key)) return { ...base, status: 'skipped', created: 0, error: failureText(failure('in-flight'), say) }
  inFlight.add(key)
  const interval = feed.intervalMinutes ?? 60
  try {
    let outcome: Fetched
    try {
      outcome = await fetchAndParse(payload, feed, AbortSignal.timeout(FEED_DEADLINE_MS))
    } catch (error) {
      if (!(error instanceof FetchFailure) && !(error instanceof FeedFormatError)) throw error
      const errorCount = (feed.errorCount ?? 0) + 1
      const retryAfter = error instanceof FetchFailure && (error.httpStatus === 429 || error.httpStatus === 503) ? parseRetryAfter(error.retryAfterHeader, now) : undefined
      await recordFeed(
        payload,
        feed,
        {
          lastFetchedAt: now.toISOString(),
          lastStatus: 'error',
          lastError: encodeFailure(error.failure),
          errorCount,
          failingSince: feed.failingSince ?? now.toISOString(),
          retryAfter: retryAfter?.toISOString() ?? null,
          nextFetchAt: nextFetchAt({ now, intervalMinutes: interval, errorCount, retryAfter }).toISOString(),
        },
        actor,
      )
      return { ...base, status: 'error', created: 0, error: failureText(error.failure, say) }
    }
    const healthy = { lastFetchedAt: now.toISOString(), lastError: null, errorCount: 0, failingSince: null, retryAfter: null, nextFetchAt: nextFetchAt({ now, intervalMinutes: interval, errorCount: 0 }).toISOString() }
    if ('notModified' in outcome) {
      // Nothing new: no lead is written and the validators stay; only the schedule moves on.
      await recordFeed(payload, feed, { ...healthy, lastStatus: 'not-modified' }, actor)
      return { ...base, status: 'not-modified', created: 0 }
    }
    const { created } = await storeLeads(payload, outcome.drafts.entries, { feed: feed.id, thinkTank: idOf(feed.thinkTank) }, actor)
    await recordFeed(
      payload,
      feed,
      { ...healthy, lastStatus: 'ok', etag: outcome.etag ?? null, lastModified: outcome.lastModified ?? null, feedUrl: outcome.feedUrl === feed.url ? null : outcome.feedUrl },
      actor,
    )
    return { ...base, status: 'ok', created }
  } catch (error) {
    // Not the feed's fault (the database, a bug): recorded as this feed's error, the others go on.
    payload.logger.error({ err: error, msg: `Watch desk: polling feed ${feed.id} failed` })
    return { ...base, status: 'error', created: 0, error: failureText(failure('internal'), say) }
  } finally {
    inFlight.delete(key)
  }
}

async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  return results
}

async function pollMany(payload: Payload, feeds: Feed[], options: PollOptions): Promise<PollResult[]> {
  let done = 0
  return inPool(feeds, FEEDS_AT_ONCE, async (feed) => {
    const result = await pollFeed(payload, feed, options)
    done += 1
    options.onResult?.(result, done, feeds.length)
    return result
  })
}

/** Polls every active feed, or the one named (even when inactive: it was asked for). */
export async function pollFeeds(payload: Payload, options: PollOptions & { feed?: Id }): Promise<PollResult[]> {
  const actor = options.actor ?? SYSTEM_ACTOR
  const feeds = await payload.find({
    collection: SLUGS.feeds,
    where: options.feed !== undefined ? { id: { equals: options.feed } } : { active: { equals: true } },
    depth: 0,
    pagination: false,
    sort: 'id',
    ...actorAccess(actor),
  })
  return pollMany(payload, feeds.docs, options)
}

/** The scheduled job: the active feeds whose next fetch has come (never-fetched ones included). */
export async function pollDueFeeds(payload: Payload, options: PollOptions & { now: Date }): Promise<PollResult[]> {
  const feeds = await payload.find({
    collection: SLUGS.feeds,
    where: {
      and: [{ active: { equals: true } }, { or: [{ nextFetchAt: { exists: false } }, { nextFetchAt: { less_than_equal: options.now.toISOString() } }] }],
    },
    depth: 0,
    pagination: false,
    sort: 'nextFetchAt',
    overrideAccess: true,
  })
  return pollMany(payload, feeds.docs, { ...options, actor: SYSTEM_ACTOR })
}
