/**
 * An app process loading the demo content, for tests/int/demo-content.test.ts: on the database its parent
 * names in the environment, it opens Payload (migrating a new database), writes `<dir>/ready-<pid>`, waits
 * for `<dir>/go`, loads the demo content as `npm run demo` does, and prints its report as one JSON line.
 * With `-` for a folder it only opens the database and prints `{}`.
 *   demo-load-child.ts <dir>
 */
import { writeSync } from 'node:fs'

import { runCommand } from '../../scripts/lib/entry'
import { readyThenAwaitGo } from './spawn-child'

const [dir = '-'] = process.argv.slice(2)

runCommand('demo-load-child', async () => {
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { loadDemoContent } = await import('../../scripts/lib/load-demo-content')
  const payload = await openPayload({ startupWork: false })
  if (dir === '-') {
    writeSync(1, '{}\n')
    return 0
  }
  await readyThenAwaitGo(dir)
  writeSync(1, `${JSON.stringify(await loadDemoContent(payload))}\n`)
  return 0
})
