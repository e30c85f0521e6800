import dns from 'node:dns'
import type { LookupFunction } from 'node:net'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import ipaddr from 'ipaddr.js'
import { Agent, errors as undiciErrors, request } from 'undici'

import { sayIn } from '../../src/checks/say'
import { type AllowList, judgeAddress, parseAllowList } from '../../src/watch/address-policy'
import { failure, failureText, type WatchFailure } from '../../src/watch/watch-failure'
import type { HostSlotGate } from './database-host-slots'
import { withHostSlot } from './host-slots'

/*
 * The fetcher step: one GET under the watch desk's rules. Polite: conditional requests, an
 * identifying User-Agent, at most 2 requests at once per host (across processes with `hostSlots`). Safe: the caller's deadline (20 s per
 * feed, body included, so a dribbling server is cut off), at most 10 MB of body after decompression,
 * at most 5 redirects each checked again, and only public addresses unless ZHIKU_WATCH_ALLOW_HOSTS
 * allows more — judged in the socket's own DNS lookup, on the address actually connected to, so a
 * name that resolves differently the second time (DNS rebinding) gains nothing.
 */

export const FEED_DEADLINE_MS = 20_000
export const MAX_BODY_BYTES = 10 * 1024 * 1024
export const MAX_REDIRECTS = 5
export const USER_AGENT = 'ZhikuWatch/0.1 (think-tank watch desk of the Zhiku CMS; polls feeds politely)'

export type FetchFailureKind = 'address' | 'url' | 'timeout' | 'too-large' | 'redirects' | 'http' | 'network'

/** A fetch that failed: its kind, and why as a code with details (src/watch/watch-failure.ts); the message is the English text, for logs. */
export class FetchFailure extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    readonly failure: WatchFailure,
    readonly httpStatus?: number,
    readonly retryAfterHeader?: string,
  ) {
    super(failureText(failure, sayIn('en')))
  }
}

export type FetchedDocument =
  | { status: 'ok'; url: string; body: Buffer; contentType?: string; etag?: string; lastModified?: string }
  | { status: 'not-modified'; url: string }

export type GetOptions = {
  signal: AbortSignal
  accept: string
  etag?: string | null
  lastModified?: string | null
  allowList?: AllowList
  /** Slots shared with the other processes on the database; without it, the limit holds in this process. */
  hostSlots?: HostSlotGate
}

/** The allow list from ZHIKU_WATCH_ALLOW_HOSTS, read on each use (tests and operators change it). */
export function currentAllowList(): AllowList {
  const { list, invalid } = parseAllowList(process.env.ZHIKU_WATCH_ALLOW_HOSTS)
  if (invalid.length > 0) throw new FetchFailure('address', failure('allow-list-invalid', { entries: invalid.join(', ') }))
  return list
}

class AddressRefused extends Error {
  readonly code = 'EZHIKUREFUSED'
  constructor(readonly failure: WatchFailure) {
    super(failureText(failure, sayIn('en')))
  }
}

/** A lookup that only answers with allowed addresses: what net.connect then connects to. */
const checkedLookup =
  (list: AllowList): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const verdicts = addresses.map((entry) => ({ entry, verdict: judgeAddress(entry.address, hostname, list) }))
      const allowed = verdicts.filter(({ verdict }) => verdict.allowed).map(({ entry }) => entry)
      if (allowed.length === 0) {
        const refusal = verdicts.find(({ verdict }) => !verdict.allowed)?.verdict
        return callback(new AddressRefused(refusal && !refusal.allowed ? refusal.failure : failure('network', { host: hostname, detail: 'no address' })), '', 0)
      }
      if (options.all) return callback(null, allowed)
      return callback(null, allowed[0]!.address, allowed[0]!.family)
    })
  }

// One connection pool per allow list setting, so a changed setting never reuses a socket it would refuse.
const agents = new Map<string, Agent>()
function agentFor(list: AllowList): Agent {
  const key = JSON.stringify([[...list.hosts].sort(), list.ranges.map(([range, bits]) => `${range.toString()}/${bits}`)])
  let agent = agents.get(key)
  if (!agent) {
    agent = new Agent({
      connect: { lookup: checkedLookup(list), timeout: 10_000 },
      headersTimeout: FEED_DEADLINE_MS,
      bodyTimeout: FEED_DEADLINE_MS,
      connections: 16,
    })
    agents.set(key, agent)
  }
  return agent
}

function checkTarget(url: URL, list: AllowList): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure('url', failure('scheme', { protocol: url.protocol }))
  if (url.username || url.password) throw new FetchFailure('url', failure('credentials'))
  // An address literal is connected to without a lookup: judge it here.
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (ipaddr.isValid(host)) {
    const verdict = judgeAddress(host, host, list)
    if (!verdict.allowed) throw new FetchFailure('address', verdict.failure)
  }
}

const gunzip = promisify(zlib.gunzip)
const inflate = promisify(zlib.inflate)
const inflateRaw = promisify(zlib.inflateRaw)
const brotli = promisify(zlib.brotliDecompress)

async function decompress(body: Buffer, encoding: string | undefined): Promise<Buffer> {
  const coding = (encoding ?? '').trim().toLowerCase()
  if (coding === '' || coding === 'identity') return body
  const options = { maxOutputLength: MAX_BODY_BYTES }
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return await gunzip(body, options)
    if (coding === 'br') return await brotli(body, options)
    if (coding === 'deflate') {
      // Servers send both zlib-wrapped and raw deflate under this name.
      return await inflate(body, options).catch(async (error: unknown) => {
        if (error instanceof RangeError) throw error
        return inflateRaw(body, options)
      })
    }
  } catch (error) {
    if (error instanceof RangeError) throw new FetchFailure('too-large', failure('too-large-inflated', { mb: MAX_BODY_BYTES / 1024 / 1024 }))
    throw new FetchFailure('network', failure('decompress', { coding, detail: error instanceof Error ? error.message : String(error) }))
  }
  throw new FetchFailure('network', failure('content-encoding', { coding }))
}

const header = (headers: Record<string, string | string[] | undefined>, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Holds one of the host's slots across processes (the database's) for the request. */
async function throughGate<T>(gate: HostSlotGate, url: URL, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  try {
    return await gate(url.hostname, signal, work)
  } catch (error) {
    throw explain(error, url, signal)
  }
}

function explain(error: unknown, url: URL, signal: AbortSignal): FetchFailure {
  if (error instanceof FetchFailure) return error
  if (signal.aborted) return new FetchFailure('timeout', failure('deadline', { host: url.host, seconds: FEED_DEADLINE_MS / 1000 }))
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  if (cause instanceof AddressRefused) return new FetchFailure('address', cause.failure)
  if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError || error instanceof undiciErrors.ConnectTimeoutError) {
    return new FetchFailure('timeout', failure('timeout', { host: url.host }))
  }
  const message = cause instanceof Error ? `${(cause as NodeJS.ErrnoException).code ?? cause.name}: ${cause.message}` : String(cause)
  return new FetchFailure('network', failure('network', { host: url.host, detail: message }))
}

type Outcome = { document: FetchedDocument } | { redirect: string | undefined; statusCode: number }

/** One GET with redirects followed by hand (each target checked again). */
export async function safeGet(rawUrl: string, options: GetOptions): Promise<FetchedDocument> {
  const list = options.allowList ?? currentAllowList()
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    throw new FetchFailure('url', failure('not-url', { url: rawUrl }))
  }
  for (let redirects = 0; ; redirects += 1) {
    checkTarget(url, list)
    const current = url
    const fetchOnce = async (): Promise<Outcome> => {
      try {
        const headers: Record<string, string> = {
          'user-agent': USER_AGENT,
          accept: options.accept,
          'accept-encoding': 'gzip, deflate, br',
        }
        if (options.etag) headers['if-none-match'] = options.etag
        if (options.lastModified) headers['if-modified-since'] = options.lastModified
        const response = await request(current, { method: 'GET', headers, signal: options.signal, dispatcher: agentFor(list) })
        const responseHeaders = response.headers
        if (response.statusCode >= 300 && response.statusCode < 400 && response.statusCode !== 304) {
          await response.body.dump()
          return { redirect: header(responseHeaders, 'location'), statusCode: response.statusCode }
        }
        if (response.statusCode === 304) {
          await response.body.dump()
          return { document: { status: 'not-modified', url: current.toString() } }
        }
        if (response.statusCode < 200 || response.statusCode >= 300) {
          await response.body.dump({ limit: 64 * 1024 })
          throw new FetchFailure('http', failure('http-status', { status: response.statusCode, url: current.toString() }), response.statusCode, header(responseHeaders, 'retry-after'))
        }
        const declared = Number(header(responseHeaders, 'content-length'))
        if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
          response.body.destroy()
          throw new FetchFailure('too-large', failure('too-large-declared', { bytes: declared, mb: MAX_BODY_BYTES / 1024 / 1024 }))
        }
        const chunks: Buffer[] = []
        let size = 0
        for await (const chunk of response.body) {
          const buffer = chunk as Buffer
          size += buffer.length
          if (size > MAX_BODY_BYTES) {
            response.body.destroy()
            throw new FetchFailure('too-large', failure('too-large', { mb: MAX_BODY_BYTES / 1024 / 1024 }))
          }
          chunks.push(buffer)
        }
        const body = await decompress(Buffer.concat(chunks), header(responseHeaders, 'content-encoding'))
        return {
          document: {
            status: 'ok',
            url: current.toString(),
            body,
            contentType: header(responseHeaders, 'content-type'),
            etag: header(responseHeaders, 'etag'),
            lastModified: header(responseHeaders, 'last-modified'),
          },
        }
      } catch (error) {
        throw explain(error, current, options.signal)
      }
    }
    const gate = options.hostSlots
    const outcome = await withHostSlot(current.hostname, () => (gate ? throughGate(gate, current, options.signal, fetchOnce) : fetchOnce()))
    if ('document' in outcome) return outcome.document
    if (!outcome.redirect) throw new FetchFailure('http', failure('redirect-no-location', { status: outcome.statusCode, url: current.toString() }))
    if (redirects >= MAX_REDIRECTS) throw new FetchFailure('redirects', failure('redirects', { max: MAX_REDIRECTS, url: rawUrl }))
    try {
      url = new URL(outcome.redirect, current)
    } catch {
      throw new FetchFailure('url', failure('redirect-not-url', { target: outcome.redirect }))
    }
  }
}
