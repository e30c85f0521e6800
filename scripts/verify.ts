/**
 * `npm run verify`: recomputes every release's hash from its stored content and compares it with
 * the release and the 终审 events of the audit log. One line per issue; exits 1 on any mismatch.
 */
import { writeSync } from 'node:fs'

import { runCommand } from './lib/entry'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'

runCommand('npm run verify', async () => {
  loadEnvironment()
  ensurePayloadSecret()
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_LOG_LEVEL ||= 'warn'
  const { openPayload } = await import('./lib/open-payload')
  const { verifyReleases } = await import('../services/releases/verify-releases')
  const lines = await verifyReleases(await openPayload())
  for (const line of lines) writeSync(1, `${line.text}\n`)
  const failed = lines.filter((line) => !line.ok).length
  writeSync(1, failed === 0 ? `All ${lines.length} issue(s) verified.\n` : `${failed} of ${lines.length} issue(s) do not verify.\n`)
  return failed === 0 ? 0 : 1
})
