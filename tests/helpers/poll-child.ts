/**
 * A second app process for tests/int/watch-desk.test.ts: on the database its parent names in the
 * environment, it writes `<dir>/ready-<pid>`, waits for `<dir>/go`, then polls the named feeds all at
 * once, as the scheduled job does, and prints one JSON line: `{ statuses: ['ok' | …] }`.
 *   poll-child.ts <dir> <feedId>…
 */
import { existsSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'

import { runCommand } from '../../scripts/lib/entry'

const [dir = '', ...feedIds] = process.argv.slice(2)

runCommand('poll-child', async () => {
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { SLUGS } = await import('../../src/collection-slugs')
  const { pollFeed } = await import('../../services/watch/poll-feeds')
  const payload = await openPayload({ startupWork: false })
  const feeds = await Promise.all(feedIds.map((id) => payload.findByID({ collection: SLUGS.feeds, id: Number(id), depth: 0 })))
  writeFileSync(path.join(dir, `ready-${process.pid}`), '')
  while (!existsSync(path.join(dir, 'go'))) await new Promise((resolve) => setTimeout(resolve, 2))
  const results = await Promise.all(feeds.map((feed) => pollFeed(payload, feed, { force: true })))
  writeSync(1, `${JSON.stringify({ statuses: results.map((result) => result.status) })}\n`)
  return 0
})
