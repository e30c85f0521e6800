/** `npm run seed`: load the demo content into DATABASE_URI without building or serving. */
import './lib/entry'

process.argv.push('--no-serve')
await import('./demo')
