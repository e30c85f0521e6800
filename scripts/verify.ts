/**
 * `npm run verify`: recomputes every release's hash from its stored content and compares it with
 * the release and the 终审 events of the audit log. One line per issue; exits 1 on any mismatch.
 */
import { verifyReleases } from '../services/releases/verify-releases'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'
import { openPayload } from './lib/open-payload'

loadEnvironment()
ensurePayloadSecret()
const payload = await openPayload()
const lines = await verifyReleases(payload)
for (const line of lines) console.log(line.text)
const failed = lines.filter((line) => !line.ok).length
console.log(failed === 0 ? `All ${lines.length} issue(s) verified.` : `${failed} of ${lines.length} issue(s) do not verify.`)
process.exit(failed === 0 ? 0 : 1)
