/**
 * A second app process for tests/int/watch-start-article.test.ts: on the database its parent names in
 * the environment, it loads the editor, writes `<dir>/ready-<pid>`, waits for `<dir>/go`, then starts
 * an article from the lead `count` times at once, as POST /api/leads/:id/start-article does, and prints
 * one JSON line: `{ statuses: [201 | 409 | …] }`.
 *   start-article-child.ts <dir> <leadId> <userId> <count>
 */
import { writeSync } from 'node:fs'

import { runCommand } from '../../scripts/lib/entry'
import { readyThenAwaitGo } from './spawn-child'

const [dir = '', leadId = '', userId = '', count = '1'] = process.argv.slice(2)

runCommand('start-article-child', async () => {
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { APIError } = await import('payload')
  const { SLUGS } = await import('../../src/collection-slugs')
  const { sayIn } = await import('../../src/checks/say')
  const { startArticleFromLead } = await import('../../services/watch/start-article')
  const payload = await openPayload({ startupWork: false })
  const user = await payload.findByID({ collection: SLUGS.users, id: Number(userId), depth: 0 })
  await readyThenAwaitGo(dir)
  const statuses = await Promise.all(
    Array.from({ length: Number(count) }, () =>
      startArticleFromLead(payload, Number(leadId), { ...user, collection: 'users' }, sayIn('en')).then(
        () => 201,
        (error: unknown) => (error instanceof APIError ? error.status : 500),
      ),
    ),
  )
  writeSync(1, `${JSON.stringify({ statuses })}\n`)
  return 0
})
