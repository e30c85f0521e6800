/**
 * One step of `npm run db:copy`, run in its own process because a process holds one database (the
 * one DATABASE_URI names): `check` (the target is empty), `dump DIR` (from the source), `load DIR`.
 */
import { runCommand } from './entry'
import { ensurePayloadSecret, loadEnvironment } from './environment'

export const COPY_FORCE_HINT = 'db:copy needs an empty database: create a new one (db:copy runs its migrations), or add --force to replace everything in it.'

runCommand('npm run db:copy', async () => {
  loadEnvironment()
  ensurePayloadSecret()
  const { backupTo, checkEmpty, EXIT, restoreFrom } = await import('./database-transfer')
  const [step, dir, ...flags] = process.argv.slice(2)
  if (step === 'check') return checkEmpty(COPY_FORCE_HINT)
  if (step === 'dump' && dir) return backupTo(dir, { media: false })
  if (step === 'load' && dir) return restoreFrom(dir, { force: flags.includes('--force'), media: false, forceHint: COPY_FORCE_HINT, verb: 'Copied' })
  return EXIT.usage
})
