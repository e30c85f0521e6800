/**
 * A second app process for tests/int/watch-desk.test.ts: on the database its parent names in the
 * environment, it writes `<dir>/ready-<pid>`, waits for `<dir>/go`, then polls the named feeds all at
 * once, as the scheduled job does, and prints one JSON line: `{ statuses: ['ok' | …] }`.
 *   poll-child.ts <dir> <feedId>…
 */
import { writeSync } from 'node:fs'

import { runCommand } from '../../scripts/lib/entry'
import { readyThenAwaitGo } from './spawn-child'

const [dir = '', ...feedIds] = process.argv.slice(2)

runCommand('poll-child', async () => {
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { SLUGS } = await import('../../src/collection-slugs')
  const { pollFeed } = await import('../../services/watch/poll-feeds')
  const payload = await openPayload({ startupWork: false })
  const feeds = await Promise.all(feedIds.map((id) => payload.findByID({ collection: SLUGS.feeds, id: Number(id), depth: 0 })))
  await readyThenAwaitGo(dir)
  const results = await Promise.all(feeds.map((feed) => pollFeed(payload, feed, { force: true })))
  writeSync(1, `${JSON.stringify({ statuses: results.map((result) => result.status) })}\n`)
  return 0
})
