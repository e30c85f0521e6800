import { sql as postgresSql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { MAINTENANCE_QUEUE } from '../security/prune-sign-in-events'
import { isPostgres, isSqlite } from './adapter-kind'
import { onWriteConnection } from './sqlite-transactions-in-turn'

/**
 * SQLite's ANALYZE, then a change of schema that every connection notices. A connection reads the
 * statistics when it loads the schema, and ANALYZE alone does not make the others load it again: the
 * import's transactions, on a connection of their own, kept planning with the statistics of its 50th
 * issue and scanned the versions tables once more for every issue imported (12 ms a lookup by issue
 * 2,000, the rate halved by 5,000), and a running server kept its plans until it restarted. Creating and
 * dropping a view changes the schema's version: every connection of every process reloads the schema,
 * statistics included, at its next statement.
 */
const SQLITE_ANALYZE = [
  'ANALYZE',
  'CREATE VIEW IF NOT EXISTS zhiku_statistics_refreshed AS SELECT 1',
  'DROP VIEW zhiku_statistics_refreshed',
] as const

/**
 * Refreshes the query planner's statistics (`ANALYZE`). Without them SQLite picks among equally usable
 * indexes blindly and, on the versions tables, chose `latest` (half of all rows) over `parent_id` or the
 * import fingerprint (one row): at 3,400 issues each such lookup scanned the table (12–30 ms instead of
 * 0.2 ms) and an archive import slowed down as the archive grew. PostgreSQL's autovacuum analyzes on its
 * own, but only a while after a bulk load. MongoDB keeps no such statistics: nothing to do.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  const { db } = payload
  if (isSqlite(db)) await onWriteConnection(db, (client) => client.batch([...SQLITE_ANALYZE], 'write'))
  else if (isPostgres(db)) await db.drizzle.execute(postgresSql`ANALYZE`)
}

/** At start-up: an SQLite database that was never analyzed (an upgraded one, or one loaded in bulk) is now. */
export async function analyzeIfNeverAnalyzed(payload: Payload): Promise<void> {
  const { db } = payload
  if (!isSqlite(db)) return
  const { rows } = await db.client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
  if (rows.length === 0) await refreshPlannerStatistics(payload)
}

export const REFRESH_PLANNER_STATISTICS_TASK = 'refreshPlannerStatistics'

/** Every night at 03:30 (server time), after the content of the day changed the tables' shape. */
export const refreshPlannerStatisticsTask: TaskConfig = {
  slug: REFRESH_PLANNER_STATISTICS_TASK,
  label: 'Refresh the database query planner statistics',
  schedule: [{ cron: '0 30 3 * * *', queue: MAINTENANCE_QUEUE }],
  retries: 1,
  handler: async ({ req }) => {
    await refreshPlannerStatistics(req.payload)
    return { output: {} }
  },
}
