import { createLocalReq, type Payload } from 'payload'

import { analyzeIfNeverAnalyzed } from './database/planner-statistics'
import { resumeStaleSendJobs } from './distribution/send-newsletter'
import { sendSettings } from './distribution/settings'
import { followInstanceEvents } from './instance-events/follow-instance-events'
import { loadThinkTankRegistry } from './registry/load-registry'
import { loadRegistryFeeds } from './registry/load-registry-feeds'
import { backfillReleaseSourceUrls } from './releases/backfill-source-urls'
import { indexCurrentReleasesIfEmpty } from './search/search-index'
import { pruneSignInEvents } from './security/prune-sign-in-events'
import { backfillLeadSortDates } from './watch/backfill-lead-sort-dates'
import { recoverInterruptedActions } from './workflow/intents'
import { releaseAllPublishedIssues } from './workflow/release-published-issue'

/** Set by scripts that migrate after Payload starts (scripts/lib/open-payload.ts): they run this themselves. */
export const DEFER_STARTUP_WORK = 'ZHIKU_DEFER_STARTUP_WORK'

/**
 * What must happen before the first request is served, after the migrations (so against the current
 * schema, on every adapter): finishing any workflow action a crash cut short, resuming newsletter sends a
 * crash cut short (their uncertain rows are not resent), bringing the think-tank
 * registry up to the shipped one, giving issues published before releases existed their release,
 * indexing for search the releases written before the search index existed, and back-filling the
 * releases' `sourceUrls` and the leads' `sortAt` for rows written before those fields existed. Each step is
 * idempotent and one or two reads when there is nothing to do.
 *
 * These data steps are not in migrations on purpose: a migration runs app code against the schema of
 * its own day, and a later migration adding a column would break it on a fresh database.
 */
export async function runStartupWork(payload: Payload): Promise<void> {
  if (process.env[DEFER_STARTUP_WORK] === '1') return
  // In the server process: other instances' publishes expire this one's reader caches at once.
  followInstanceEvents(payload)
  await recoverInterruptedActions(payload)
  await resumeStaleSendJobs(payload, sendSettings().staleSeconds)
  await loadThinkTankRegistry(payload)
  await loadRegistryFeeds(payload)
  await releaseAllPublishedIssues(payload)
  // Releases written before the search index existed (or on MongoDB's first start) get indexed once.
  await indexCurrentReleasesIfEmpty(payload, await createLocalReq({}, payload))
  // Releases written before `sourceUrls` existed get them once, for the check for sources cited before.
  await backfillReleaseSourceUrls(payload)
  // Leads stored before `sortAt` existed get it once, so the inbox's order is the same on every database.
  await backfillLeadSortDates(payload)
  // The nightly job prunes too; this catches a server that is seldom up at 03:00 (and checks the setting early).
  await pruneSignInEvents(payload, new Date())
  // A database never analyzed (an upgraded one) gets the planner statistics its indexes need; nightly after.
  await analyzeIfNeverAnalyzed(payload)
}
