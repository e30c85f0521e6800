/**
 * A separate process for tests/int/database-copy.test.ts that looks at the database DATABASE_URI
 * names (a copy or a restore target) the way the app would, and prints one JSON line:
 *   counts               — records per collection (and versions, globals), as the copy counts them
 *   login EMAIL PASSWORD — whether the stored password hash signs in
 *   create               — a new think tank and a new user can be created (ids past the copied ones)
 */
import { writeSync } from 'node:fs'

import { runCommand } from '../../scripts/lib/entry'

const [mode, ...args] = process.argv.slice(2)
const print = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`)

runCommand('database-probe', async () => {
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { SLUGS } = await import('../../src/collection-slugs')
  const payload = await openPayload({ startupWork: false })
  if (mode === 'counts') {
    const { countRecords } = await import('../../services/database-copy/load-database')
    print({ counts: await countRecords(payload) })
  } else if (mode === 'login') {
    const [email, password] = args
    const result = await payload.login({ collection: SLUGS.users, data: { email: email!, password: password! } })
    print({ login: result.user?.email ?? null, token: Boolean(result.token) })
  } else if (mode === 'create') {
    const { createThinkTank, createUser } = await import('./factories')
    const thinkTank = await createThinkTank(payload)
    const user = await createUser(payload, ['editor'])
    print({ thinkTankId: thinkTank.id, userId: user.id })
  }
  await payload.destroy()
  return 0
})
