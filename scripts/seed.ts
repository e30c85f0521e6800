/** `npm run seed`: load the demo content into DATABASE_URI without building or serving. */
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'

loadEnvironment()
ensurePayloadSecret()
process.argv.push('--no-serve')
await import('./demo')
