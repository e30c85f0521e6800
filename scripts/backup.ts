/**
 * `npm run backup -- PATH`: writes a consistent snapshot of DATABASE_URI (every collection with its
 * versions, every global) and the media files its records name into the new folder PATH, while the
 * app goes on serving. `npm run restore -- PATH` loads it back.
 */
import { runCommand } from './lib/entry'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'

const USAGE = 'Usage: npm run backup -- PATH   (PATH: a new folder)'

runCommand('npm run backup', async () => {
  loadEnvironment()
  ensurePayloadSecret()
  const { backupTo, EXIT, parseArgs, resolveDir } = await import('./lib/database-transfer')
  const { writeAll } = await import('./lib/write-all')
  const parsed = parseArgs(process.argv.slice(2), [], ['--no-media'])
  if ('error' in parsed || parsed.rest.length !== 1) {
    writeAll(2, `${'error' in parsed ? `${parsed.error}\n` : ''}${USAGE}\n`)
    return EXIT.usage
  }
  return backupTo(resolveDir(parsed.rest[0]!), { media: !parsed.flags.has('--no-media') })
})
