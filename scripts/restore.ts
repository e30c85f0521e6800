/**
 * `npm run restore -- PATH [--force]`: loads a backup written by `npm run backup` into DATABASE_URI
 * (and its media files into MEDIA_DIR), as one transaction. A database that holds data is refused
 * (exit 3) unless --force, which replaces everything in it.
 */
import { runCommand } from './lib/entry'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'

const USAGE = 'Usage: npm run restore -- PATH [--force]'

runCommand('npm run restore', async () => {
  loadEnvironment()
  ensurePayloadSecret()
  const { EXIT, parseArgs, resolveDir, restoreFrom } = await import('./lib/database-transfer')
  const { writeAll } = await import('./lib/write-all')
  const parsed = parseArgs(process.argv.slice(2), [], ['--force', '--no-media'])
  if ('error' in parsed || parsed.rest.length !== 1) {
    writeAll(2, `${'error' in parsed ? `${parsed.error}\n` : ''}${USAGE}\n`)
    return EXIT.usage
  }
  return restoreFrom(resolveDir(parsed.rest[0]!), {
    force: parsed.flags.has('--force'),
    media: !parsed.flags.has('--no-media'),
    forceHint: 'Restore into an empty database, or add --force to replace everything in it.',
    verb: 'Restored',
  })
})
