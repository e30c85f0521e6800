import { type Client, createClient } from '@libsql/client'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshPlannerStatistics } from '../../services/database/planner-statistics'
import { createIssueWithContent } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'

/*
 * An archive import slowed down as the archive grew: with no statistics, SQLite looked an issue's versions
 * up through the `latest` flag (half the table) instead of the document's own index. The import and a
 * nightly task refresh them (services/database/planner-statistics.ts).
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** How SQLite would look up the latest version of one issue (the query behind every draft read), on the adapter's connection or another. */
async function sqliteVersionLookupPlan(client: Client = (payload.db as unknown as SQLiteAdapter).client): Promise<string> {
  const lookup = 'SELECT id FROM _issues_v WHERE latest = 1 AND parent_id = 1 ORDER BY version_created_at DESC'
  // A connection notices changed statistics at its next statement (EXPLAIN alone plans with what it holds).
  await client.execute(lookup)
  const { rows } = await client.execute(`EXPLAIN QUERY PLAN ${lookup}`)
  return rows.map((row) => (row as unknown as { detail: string }).detail).join('; ')
}

describe('the query planner statistics', () => {
  it('are refreshed on the run’s database, after which SQLite finds a version through its document', async () => {
    for (let index = 0; index < 4; index += 1) await createIssueWithContent(payload, { published: index % 2 === 0 })
    await refreshPlannerStatistics(payload)
    if (payload.db.name === 'sqlite') {
      expect(await sqliteVersionLookupPlan()).toMatch(/_issues_v_parent_idx/)
    } else if (payload.db.name === 'postgres') {
      const result = await (payload.db as unknown as PostgresAdapter).drizzle.execute(
        sql`SELECT last_analyze FROM pg_stat_user_tables WHERE relname = '_issues_v'`,
      )
      expect(result.rows[0]?.last_analyze).toBeTruthy()
    }
  })

  it('reach a connection that was already open, as another process or the transactions connection holds one', async () => {
    if (payload.db.name === 'postgres') {
      // PostgreSQL keeps one set of statistics for every connection: a newer ANALYZE is what the others plan with.
      const db = payload.db as unknown as PostgresAdapter
      const lastAnalyze = async () =>
        new Date(String((await db.drizzle.execute(sql`SELECT last_analyze FROM pg_stat_user_tables WHERE relname = '_issues_v'`)).rows[0]?.last_analyze))
      await refreshPlannerStatistics(payload)
      const before = await lastAnalyze()
      await new Promise((resolve) => setTimeout(resolve, 20))
      await refreshPlannerStatistics(payload)
      expect((await lastAnalyze()).getTime()).toBeGreaterThan(before.getTime())
      return
    }
    // MongoDB keeps no planner statistics: the refresh does nothing there, and does not fail.
    if (payload.db.name !== 'sqlite') return void (await expect(refreshPlannerStatistics(payload)).resolves.toBeUndefined())
    const other = createClient({ url: (payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url })
    try {
      // Emptied versions tables, analyzed: the other connection plans by the `latest` flag, as after an archive's first issues.
      await payload.db.deleteVersions({ collection: 'issues', where: {} })
      await refreshPlannerStatistics(payload)
      expect(await sqliteVersionLookupPlan(other)).toMatch(/_issues_v_latest_idx/)
      for (let index = 0; index < 4; index += 1) await createIssueWithContent(payload, { published: index % 2 === 0 })
      await refreshPlannerStatistics(payload)
      expect(await sqliteVersionLookupPlan(other)).toMatch(/_issues_v_parent_idx/)
    } finally {
      other.close()
    }
  })
})
