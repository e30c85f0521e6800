/**
 * Instances in step: two production servers (`npm run demo`'s custom server with its reader cache)
 * on ONE database; an issue is published through the first, and the time until the second serves it
 * on its (cached) home page is measured — 20 publishes per adapter, p50/p95/max. The second
 * instance learns of it only through the instance-event channel (services/instance-events): SQLite's
 * change sequence, PostgreSQL's LISTEN/NOTIFY (a throwaway cluster, when this machine has PostgreSQL).
 *
 *   npx tsx bench/instances.ts [--publishes 20] [--database sqlite|postgres|both] [--port 3462]
 */
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { findPostgresBindir, startPostgresCluster } from '../scripts/lib/postgres-cluster'
import { draftForChain, readyToPublish } from './lib-publish'
import { percentile, startDemoServer, stopServer, waitFor } from './lib-server'

const argument = (name: string) => process.argv[process.argv.indexOf(name) + 1]
const PUBLISHES = Number(argument('--publishes')) || 20
const PORT = Number(argument('--port')) || 3462
const WHICH = process.argv.includes('--database') ? argument('--database')! : 'both'

async function measure(kind: string, databaseUri: string): Promise<number[]> {
  const [first, second] = [PORT, PORT + 1].map((port) => `http://127.0.0.1:${port}`) as [string, string]
  const env = (port: number) => ({ PORT: String(port), DATABASE_URI: databaseUri, MEDIA_DIR: 'data/bench-media', PAYLOAD_LOG_LEVEL: 'warn', ZHIKU_JOBS_AUTORUN: 'false' })
  // The first loads the demo content (and builds when stale); the second joins the same database.
  const a = startDemoServer(env(PORT), kind === 'sqlite' ? ['--fresh'] : [])
  let b: ReturnType<typeof startDemoServer> | undefined
  try {
    await waitFor(`${first}/`, 900_000)
    b = startDemoServer(env(PORT + 1))
    await waitFor(`${second}/`, 300_000)
    const times: number[] = []
    for (let round = 0; round < PUBLISHES; round += 1) {
      const stamp = `inst-${kind.slice(0, 2)}-${Date.now().toString(36)}-${round}`
      const ready = await readyToPublish(first, await draftForChain(first, stamp))
      // The second instance's home is cached (its hit answers from memory, not the database).
      await fetch(`${second}/`).then((response) => response.text())
      const cached = await fetch(`${second}/`)
      await cached.text()
      if (!/^(hit|stale)$/.test(cached.headers.get('x-zhiku-cache') ?? '')) throw new Error(`the second instance's home is not cached: ${cached.headers.get('x-zhiku-cache')}`)
      await ready.publish()
      const published = performance.now()
      for (;;) {
        if ((await (await fetch(`${second}/`)).text()).includes(stamp)) break
        if (performance.now() - published > 30_000) throw new Error(`${stamp} did not reach the second instance within 30 s`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      times.push(performance.now() - published)
    }
    return times
  } finally {
    if (b) stopServer(b)
    stopServer(a)
  }
}

async function main() {
  const rows: [string, number[] | string][] = []
  if (WHICH === 'sqlite' || WHICH === 'both') rows.push(['sqlite (change sequence)', await measure('sqlite', `file:${path.resolve('data', 'bench-instances.db')}`)])
  if (WHICH === 'postgres' || WHICH === 'both') {
    if (!findPostgresBindir()) rows.push(['postgres (LISTEN/NOTIFY)', 'no PostgreSQL binaries on this machine'])
    else {
      const cluster = await startPostgresCluster()
      try {
        rows.push(['postgres (LISTEN/NOTIFY)', await measure('postgres', await cluster.createDatabase('instances'))])
      } finally {
        await cluster.stop()
      }
    }
  }
  console.log(`\npublish through instance 1 → served by instance 2 (its home page cached), ${PUBLISHES} publishes, ms`)
  console.log(`${'adapter'.padEnd(26)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`)
  for (const [name, times] of rows) {
    if (typeof times === 'string') console.log(`${name.padEnd(26)} ${times}`)
    else console.log(`${name.padEnd(26)} ${percentile(times, 50).toFixed(0).padStart(7)} ${percentile(times, 95).toFixed(0).padStart(7)} ${Math.max(...times).toFixed(0).padStart(7)}`)
  }
  console.log(`(target: within 1000 ms; cores: ${os.cpus().length}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')})`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
