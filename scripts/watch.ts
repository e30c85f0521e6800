/**
 * `npm run watch -- --once [--json] [--force] [--feed <id>]`
 *
 * Polls the watch desk's feeds now against DATABASE_URI, as the scheduled job does (every active
 * feed, or the one named), with a line of progress per feed on stderr; --json prints
 * `{ results: [...] }` on stdout. The exit code is 1 when any feed failed. The server polls on its
 * own schedule (the jobs queue): this command is for a poll by hand, cron or a second machine.
 */
import { runCommand } from './lib/entry'
import { ensurePayloadSecret, loadEnvironment } from './lib/environment'
import { writeAll } from './lib/write-all'

const args = process.argv.slice(2)
const USAGE = 'Usage: npm run watch -- --once [--json] [--force] [--feed <id>]'

async function main(): Promise<number> {
  const unknown = args.filter((arg, index) => !['--once', '--json', '--force', '--feed'].includes(arg) && args[index - 1] !== '--feed')
  if (!args.includes('--once') || unknown.length > 0) {
    writeAll(2, `${unknown.length > 0 ? `Unknown argument(s): ${unknown.join(' ')}\n` : ''}${USAGE}\n`)
    return 2
  }
  const json = args.includes('--json')
  const feedIndex = args.indexOf('--feed')
  const feed = feedIndex >= 0 ? args[feedIndex + 1] : undefined
  if (feedIndex >= 0 && !feed) {
    writeAll(2, `--feed needs a feed id.\n${USAGE}\n`)
    return 2
  }
  loadEnvironment()
  ensurePayloadSecret()
  process.env.ZHIKU_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_LOG_LEVEL ||= json ? 'fatal' : 'warn'
  const { openPayload } = await import('./lib/open-payload')
  const { pollFeeds } = await import('../services/watch/poll-feeds')
  const { documentId } = await import('../services/payload/document-id')
  const payload = await openPayload()
  const results = await pollFeeds(payload, {
    feed: feed === undefined ? undefined : documentId(payload, feed),
    force: args.includes('--force'),
    onResult: (result, done, total) =>
      writeAll(2, `[${done}/${total}] ${result.status.padEnd(12)} ${String(result.created).padStart(4)} new  ${result.url}${result.error ? `  — ${result.error}` : ''}\n`),
  })
  const created = results.reduce((sum, result) => sum + result.created, 0)
  const failed = results.filter((result) => result.status === 'error').length
  if (json) writeAll(1, `${JSON.stringify({ results })}\n`)
  else writeAll(1, `${results.length} feeds polled, ${created} new leads, ${failed} failed.\n`)
  await payload.destroy()
  return failed > 0 ? 1 : 0
}

runCommand('The watch command', main)
