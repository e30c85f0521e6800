import type { IncomingMessage, ServerResponse } from 'node:http'

import { etagMatches, READER_CACHE_CONTROL, readerCacheDecision } from '../../src/site/reader-cache-policy'
import { surrogateKeyHeaders } from '../../src/site/reader-cache-tags'
import { type CachedResponse, replayableHeaders, type ResponseCache } from './response-cache'

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** A request the server makes to itself to refresh a stale entry: rendered and stored, never served from the cache. */
export const REFRESH_HEADER = 'x-zhiku-cache-refresh'

const VARY = 'Cookie, Accept-Encoding'

function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, state: string): void {
  for (const name of res.getHeaderNames()) res.removeHeader(name)
  const headers: Record<string, string | number> = {}
  for (const [name, value] of entry.headers) headers[name] = value
  headers['cache-control'] = READER_CACHE_CONTROL
  headers.etag = entry.etag
  headers.vary = VARY
  headers['x-zhiku-cache'] = state
  // A CDN in front purges by these (the tags a release expires, src/site/reader-cache-tags.ts).
  const keys = surrogateKeyHeaders(entry.tags)
  Object.assign(headers, keys)
  if (etagMatches(req.headers['if-none-match'], entry.etag)) {
    res.writeHead(304, { 'cache-control': READER_CACHE_CONTROL, etag: entry.etag, vary: VARY, 'x-zhiku-cache': state, ...keys })
    res.end()
    return
  }
  const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? entry.gzip : null
  const body = gzip ?? entry.body
  if (gzip) headers['content-encoding'] = 'gzip'
  headers['content-length'] = body.length
  res.writeHead(entry.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

type Captured = { status: number; headers: [string, string][]; body: Buffer; cookie: boolean }

/**
 * Lets Next.js render into `res` while holding the bytes back (as the compression middleware
 * does): the whole response is known before anything is sent, so it can be stored and sent with
 * its ETag, or else sent unchanged.
 */
function renderHeldBack(handle: RequestHandler, req: IncomingMessage, res: ServerResponse, finish: (captured: Captured) => void): Promise<void> {
  const chunks: Buffer[] = []
  const real = { write: res.write.bind(res), end: res.end.bind(res), writeHead: res.writeHead.bind(res), flushHeaders: res.flushHeaders.bind(res) }
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done)
    return true
  }) as ServerResponse['write']
  res.flushHeaders = () => undefined
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((value) => typeof value === 'object' && value !== null)
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string)
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string)
    return res
  })
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding))
    Object.assign(res, real)
    const headers = res.getHeaders()
    finish({ status: res.statusCode, headers: replayableHeaders(headers), body: Buffer.concat(chunks), cookie: headers['set-cookie'] !== undefined })
    const done = [chunk, encoding, callback].find((value) => typeof value === 'function')
    if (typeof done === 'function') res.once('finish', done as () => void)
    return res
  }) as ServerResponse['end']
  return handle(req, res)
}

export type CachedHandlerOptions = {
  cache: ResponseCache
  handle: RequestHandler
  /** Renders a stale entry again in the background (a request to this server with REFRESH_HEADER). */
  refresh: (req: IncomingMessage) => void
}

/**
 * The reader response cache in front of Next.js: anonymous GET/HEAD requests for reader pages are
 * answered from memory (fresh, or stale while one background render refreshes it); a miss renders
 * once however many readers ask at the same moment, and a 200 without cookies is kept.
 */
export function cachedRequestHandler({ cache, handle, refresh }: CachedHandlerOptions): RequestHandler {
  const inFlight = new Map<string, Promise<CachedResponse | null>>()
  const refreshing = new Set<string>()

  return async (req, res) => {
    const decision = readerCacheDecision({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      // Pages build their canonical URLs from these when SERVER_URL is unset, so each spelling is its own entry.
      host: [req.headers.host, req.headers['x-forwarded-host'], req.headers['x-forwarded-proto']].filter(Boolean).join(' '),
      cookie: req.headers.cookie,
      rsc: req.headers.rsc !== undefined || (req.url ?? '').includes('_rsc='),
    })
    if (!decision.cache) return handle(req, res)
    const forced = req.headers[REFRESH_HEADER] !== undefined && isLoopback(req)
    const { key, tags } = decision

    if (!forced) {
      const found = cache.lookup(key)
      if (found) {
        if (found.state === 'stale' && !refreshing.has(key)) {
          refreshing.add(key)
          refresh(req)
        }
        return send(req, res, found.entry, found.state === 'fresh' ? 'hit' : 'stale')
      }
      const pending = inFlight.get(key)
      if (pending) {
        const entry = await pending
        if (entry) return send(req, res, entry, 'hit')
        return handle(req, res)
      }
    }
    // HEAD renders no body: let Next.js answer it without storing anything.
    if (req.method === 'HEAD') return handle(req, res)

    const started = cache.begin()
    // Stored bodies are identity-encoded; the cache compresses them itself.
    delete req.headers['accept-encoding']
    let settle: (entry: CachedResponse | null) => void = () => undefined
    const render = new Promise<CachedResponse | null>((resolve) => (settle = resolve))
    inFlight.set(key, render)
    try {
      await renderHeldBack(handle, req, res, (captured) => {
        const keep = captured.status === 200 && !captured.cookie
        const entry = keep ? cache.store(key, started, { status: 200, headers: captured.headers, body: captured.body, tags }) : null
        settle(entry)
        if (entry) return send(req, res, entry, forced ? 'refresh' : 'miss')
        res.end(captured.body)
      })
    } finally {
      settle(null)
      inFlight.delete(key)
      refreshing.delete(key)
    }
  }
}

const isLoopback = (req: IncomingMessage) => {
  const address = req.socket.remoteAddress ?? ''
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}
