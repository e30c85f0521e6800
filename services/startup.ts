import { createLocalReq, type Payload } from 'payload'

import { resolveDatabaseTarget } from '../src/database-uri'
import { loadThinkTankRegistry } from './registry/load-registry'
import { indexCurrentReleasesIfEmpty } from './search/search-index'
import { pruneSignInEvents } from './security/prune-sign-in-events'
import { recoverInterruptedActions } from './workflow/intents'
import { releaseAllPublishedIssues } from './workflow/release-published-issue'

/** Set by scripts that migrate after Payload starts (scripts/lib/open-payload.ts): they run this themselves. */
export const DEFER_STARTUP_WORK = 'ZHIKU_DEFER_STARTUP_WORK'

/**
 * What must happen before the first request is served: on MongoDB, which runs no migrations, the
 * data steps SQLite's migrations take (the think-tank registry, releases of issues published before
 * releases existed); everywhere, finishing any workflow action a crash cut short and indexing for
 * search the releases written before the search index existed.
 */
export async function runStartupWork(payload: Payload): Promise<void> {
  if (process.env[DEFER_STARTUP_WORK] === '1') return
  if (resolveDatabaseTarget(process.env.DATABASE_URI).kind === 'mongodb') {
    await loadThinkTankRegistry(payload)
    await releaseAllPublishedIssues(payload)
  }
  await recoverInterruptedActions(payload)
  // Releases written before the search index existed (or on MongoDB's first start) get indexed once.
  await indexCurrentReleasesIfEmpty(payload, await createLocalReq({}, payload))
  // The nightly job prunes too; this catches a server that is seldom up at 03:00 (and checks the setting early).
  await pruneSignInEvents(payload, new Date())
}
