import http from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * A fixture web server for the watch desk, on a loopback address only (127.0.0.1, 127.0.0.2… play
 * "several hosts"). Each route answers with a handler; the server counts requests and how many were
 * open at once, per path.
 */

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void | Promise<void>

export type FeedServer = {
  origin: string
  host: string
  port: number
  url: (path: string) => string
  route: (path: string, handler: Route) => void
  hits: (path: string) => number
  maxOpen: () => number
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>
  close: () => Promise<void>
}

/** `port` 0 takes any free port (tests); a benchmark passes one of its own. */
export async function startFeedServer(host = '127.0.0.1', port = 0): Promise<FeedServer> {
  if (!/^127\.\d+\.\d+\.\d+$/.test(host) && host !== '::1') throw new Error(`Fixture servers listen on loopback only, not ${host}`)
  const routes = new Map<string, Route>()
  const counts = new Map<string, number>()
  const requests: FeedServer['requests'] = []
  let open = 0
  let maxOpen = 0
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    requests.push({ path, headers: request.headers })
    open += 1
    maxOpen = Math.max(maxOpen, open)
    response.on('close', () => (open -= 1))
    const handler = routes.get(path)
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)))
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const bound = (server.address() as AddressInfo).port
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`
  return {
    origin,
    host,
    port: bound,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => routes.set(path, handler),
    hits: (path) => counts.get(path) ?? 0,
    maxOpen: () => maxOpen,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A route that answers a fixed body, with an ETag, and 304 when the client already has it. */
export const staticFeed =
  (body: string | Buffer, contentType = 'application/rss+xml; charset=utf-8', etag = `"v1-${Buffer.byteLength(body)}"`): Route =>
  (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end()
      return
    }
    response.writeHead(200, { 'content-type': contentType, etag }).end(body)
  }

export function rss(items: Array<{ title: string; link: string; description?: string; author?: string; pubDate?: string }>, channel = 'Fixture feed'): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${escape(channel)}</title><link>http://fixture/</link><description>d</description>
${items
  .map(
    (item) =>
      `<item><title>${escape(item.title)}</title><link>${escape(item.link)}</link>${item.description ? `<description>${escape(item.description)}</description>` : ''}${item.author ? `<dc:creator>${escape(item.author)}</dc:creator>` : ''}${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`
}

/** A route that answers an empty feed after `holdMs`, counting how many requests were open at once at most. */
export function countingRoute(holdMs: number): { route: Route; most: () => number } {
  let open = 0
  let most = 0
  const route: Route = async (_request, response) => {
    open += 1
    most = Math.max(most, open)
    await new Promise((resolve) => setTimeout(resolve, holdMs))
    open -= 1
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]))
  }
  return { route, most: () => most }
}
