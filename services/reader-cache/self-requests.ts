import { request, type IncomingMessage } from 'node:http'

import { REFRESH_HEADER } from './cached-request-handler'

export type SelfAddress = { port: number; host: string }

const logFailure = (what: string) => (error: unknown) => console.error(`Reader cache: ${what} failed:`, error instanceof Error ? error.message : error)

/** Renders a stale page again through this server (the answer is stored by the cache handler, not read here). */
export function refreshThroughSelf(self: SelfAddress, original: IncomingMessage): void {
  const headers: Record<string, string> = { host: original.headers.host ?? `localhost:${self.port}`, [REFRESH_HEADER]: '1' }
  const cookie = original.headers.cookie
  if (cookie) headers.cookie = cookie
  const forwarded = original.headers['x-forwarded-host'] ?? original.headers['x-forwarded-proto']
  if (forwarded) {
    for (const name of ['x-forwarded-host', 'x-forwarded-proto'] as const) {
      const value = original.headers[name]
      if (typeof value === 'string') headers[name] = value
    }
  }
  const outgoing = request({ host: self.host, port: self.port, path: original.url ?? '/', method: 'GET', headers }, (response) => response.resume())
  outgoing.on('error', logFailure('a background refresh'))
  outgoing.end()
}

/** Expires Next.js data-cache tags from outside a request, through this server's revalidation endpoint. */
export function expireThroughSelf(self: SelfAddress, token: string, tags: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ tags })
    const outgoing = request(
      {
        host: self.host,
        port: self.port,
        path: '/api/site/revalidate',
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume()
        response.on('end', resolve)
      },
    )
    outgoing.on('error', (error) => {
      logFailure('expiring the data cache')(error)
      resolve()
    })
    outgoing.end(body)
  })
}
