/**
 * `npm start`: serves the built app through the custom server (scripts/server.ts: Next.js behind the
 * reader response cache; `--port`/`--hostname` passed on), after refusing to run in production
 * without a real PAYLOAD_SECRET.
 */
import path from 'node:path'

import { productionSecretProblem } from '../src/security/production-secret'
import { loadEnvironment } from './lib/environment'
import { run } from './lib/run'

loadEnvironment()
// `next start` always serves a production build, so an unset NODE_ENV counts as production.
const problem = productionSecretProblem({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' })
if (problem) {
  console.error(`Refusing to start: ${problem}`)
  process.exit(2)
}
void run(path.resolve('node_modules', '.bin', 'tsx'), ['scripts/server.ts', ...process.argv.slice(2)]).then((code) => process.exit(code))
