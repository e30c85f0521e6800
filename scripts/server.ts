/**
 * The production server (`npm start`, `npm run demo`): Next.js in custom-server mode behind the
 * reader response cache (services/reader-cache). Reader pages are answered from memory; everything
 * else — admin, API, preview, signed-in and draft-mode requests — goes straight to Next.js.
 *
 *   tsx scripts/server.ts [--port 3000] [--hostname 0.0.0.0]
 */
import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { runCommand } from './lib/entry'
import { loadEnvironment } from './lib/environment'

const argument = (names: string[]): string | undefined => {
  const at = process.argv.findIndex((arg) => names.includes(arg))
  return at === -1 ? undefined : process.argv[at + 1]
}

const MB = 1024 * 1024

async function main(): Promise<number> {
  Object.assign(process.env, { NODE_ENV: 'production' })
  loadEnvironment()
  const port = Number(argument(['--port', '-p']) ?? process.env.PORT ?? 3000)
  // Like `next start`: every interface unless told; Next.js then takes each request's origin from its Host header.
  const hostname = argument(['--hostname', '-H'])
  // tsx turns on Node's source-map support, which would read and keep the source map of every
  // server chunk Next.js loads (tens of MB of mappings held for the life of the process) just to
  // rewrite stack traces. Off unless asked for with --enable-source-maps.
  if (!process.execArgv.includes('--enable-source-maps') && !(process.env.NODE_OPTIONS ?? '').includes('--enable-source-maps')) process.setSourceMapsEnabled(false)
  const { default: next } = await import('next')
  const { FRESH_SECONDS, STALE_SECONDS } = await import('../src/site/reader-cache-policy')
  const { ResponseCache } = await import('../services/reader-cache/response-cache')
  const { cachedRequestHandler } = await import('../services/reader-cache/cached-request-handler')
  const { installReaderCachePurge } = await import('../services/reader-cache/purge-registry')
  const { expireThroughSelf, refreshThroughSelf } = await import('../services/reader-cache/self-requests')
  const { trustedProxyHops, TRUSTED_PROXIES_SETTING } = await import('../src/security/client-address')
  const { stampClientAddress } = await import('../services/server/stamp-client-address')
  // Refuses to start on a bad value rather than throttle by an address a client picked.
  const trustedProxies = trustedProxyHops(process.env[TRUSTED_PROXIES_SETTING])

  // Next.js keeps the reader pages' data cache on disk, where it would outlive the database it was read
  // from: after `npm test`, a restore or `demo --fresh`, the first page came from another database. This
  // process's data cache starts empty (another instance on this checkout refills what it loses).
  rmSync(path.join(process.cwd(), '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })
  const app = next({ dev: false, dir: process.cwd(), ...(hostname ? { hostname } : {}), port })
  await app.prepare()
  const nextHandler = app.getRequestHandler()
  const cache = new ResponseCache({
    maxBytes: Number(process.env.ZHIKU_PAGE_CACHE_MB || 64) * MB,
    freshMs: FRESH_SECONDS * 1000,
    staleMs: STALE_SECONDS * 1000,
  })
  const self = { host: '127.0.0.1', port }
  const internalToken = randomBytes(24).toString('base64url')
  installReaderCachePurge({
    purge: (tags) => cache.purge(tags),
    expireDataCache: (tags) => expireThroughSelf(self, internalToken, tags),
    internalToken,
  })
  const handler = cachedRequestHandler({ cache, handle: (req, res) => nextHandler(req, res), refresh: (req) => refreshThroughSelf(self, req) })
  const server = createServer((req, res) => {
    stampClientAddress(req, trustedProxies)
    handler(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('The server could not answer this request.')
    })
  })
  // For benchmarks: the process's memory split (V8 heap, external, RSS), written every second.
  const memoryReport = process.env.ZHIKU_MEMORY_REPORT
  if (memoryReport) {
    setInterval(() => {
      writeFileSync(`${memoryReport}.tmp`, JSON.stringify(process.memoryUsage()))
      renameSync(`${memoryReport}.tmp`, memoryReport)
    }, 1000).unref()
  }
  await new Promise<void>((resolve) => (hostname ? server.listen(port, hostname, resolve) : server.listen(port, resolve)))
  console.log(
    `Ready on http://localhost:${port} (reader response cache: ${cache.bytes} of ${process.env.ZHIKU_PAGE_CACHE_MB || 64} MB; ` +
      `client addresses: ${trustedProxies === 0 ? 'the connection, X-Forwarded-For ignored' : `X-Forwarded-For through ${trustedProxies} trusted prox${trustedProxies === 1 ? 'y' : 'ies'}`})`,
  )
  return new Promise<number>((resolve) => {
    const stop = () => server.close(() => resolve(0))
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
  })
}

runCommand('The server', main)
