/**
 * Public-site speed, in one run:
 *   1. requests per second and p50/p99 latency (autocannon, 64 connections) of the demo issue page
 *      served by the production server (`npm run demo`: Next.js behind the reader response cache),
 *      next to a plain Node static server sending the same bytes — the ratio is the figure;
 *   2. the time from the final 终审 approval (REST) to the new issue being served on the home page.
 *
 *   npx tsx bench/site-throughput.ts [--seconds 10] [--connections 64]
 *
 * Starts its own server (`npm run demo` on a fresh SQLite file, port 3399) and stops it at the end.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { performance } from 'node:perf_hooks'

import autocannon from 'autocannon'

import { startDemoServer, stopServer, waitFor } from './lib-server'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const SECONDS = arg('--seconds', 10)
const CONNECTIONS = arg('--connections', 64)
const PORT = 3399
const APP = `http://127.0.0.1:${PORT}`
const ISSUE_PATH = '/issues/ai-governance-standards-competition'

async function load(url: string, seconds = SECONDS) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

async function api(path: string, init: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${APP}/api${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
const token = async (email: string) => (await api('/users/login', { body: { email, password: 'demo-password' } })).token as string

async function publishToVisible(): Promise<number> {
  const editor = await token('editor@example.com')
  const stamp = `bench-${Date.now().toString(36)}`
  const doc = (json: Record<string, unknown>) => json.doc as { id: number }
  const newsletter = ((await api('/newsletters?where[slug][equals]=haiwai-zhiku-guancha', { token: editor })).docs as { id: number }[])[0]!
  const thinkTank = doc(await api('/think-tanks', { token: editor, body: { name: `基准智库${stamp}`, nameEn: `Bench ${stamp}`, domains: ['bench.example.org'] } }))
  const source = doc(await api('/sources', { token: editor, body: { title: `Bench ${stamp}`, url: `https://bench.example.org/${stamp}`, thinkTank: thinkTank.id } }))
  const body = { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'text', version: 1, text: '基准测试正文。', format: 0, style: '', mode: 'normal', detail: 0 }] }] } }
  const article = doc(await api('/articles', { token: editor, body: { headline: `基准文章 ${stamp}`, thinkTank: thinkTank.id, body, sources: [source.id], slug: stamp } }))
  const issue = doc(await api('/issues', { token: editor, body: { title: `基准期刊 ${stamp}`, slug: stamp, number: 100000 + Math.floor(Math.random() * 1e6), newsletter: newsletter.id, articles: [article.id] } }))
  await fetch(`${APP}/`).then((response) => response.text())
  const steps: [string, string][] = [
    ['editor@example.com', 'submit'],
    ['reviewer@example.com', 'approve'],
    ['layout@example.com', 'approve'],
    ['final1@example.com', 'approve'],
  ]
  for (const [email, action] of steps) await api(`/issues/${issue.id}/workflow`, { token: await token(email), body: { action } })
  const last = await token('final2@example.com')
  await api(`/issues/${issue.id}/workflow`, { token: last, body: { action: 'approve' } })
  const published = performance.now()
  for (;;) {
    if ((await (await fetch(`${APP}/`)).text()).includes(stamp)) return performance.now() - published
    if (performance.now() - published > 60_000) throw new Error('the new issue did not appear within 60 s')
  }
}

async function main() {
  const server = startDemoServer({ PORT: String(PORT), DATABASE_URI: 'file:./data/bench-site.db', MEDIA_DIR: 'data/bench-media', PAYLOAD_LOG_LEVEL: 'error' }, ['--fresh'])
  try {
    await waitFor(`${APP}/`, 420_000)
    const html = Buffer.from(await (await fetch(`${APP}${ISSUE_PATH}`)).arrayBuffer())
    const staticServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length })
      response.end(html)
    })
    await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve))
    const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/`
    await load(`${APP}${ISSUE_PATH}`, 2) // warm-up
    const app = await load(`${APP}${ISSUE_PATH}`)
    const plain = await load(staticUrl)
    staticServer.close()
    const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
      `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50=${r.p50.toFixed(1)}ms  p99=${r.p99.toFixed(1)}ms  errors=${r.errors}`
    console.log(`issue page, ${CONNECTIONS} connections (autocannon), ${SECONDS} s each (${html.length} bytes of HTML)`)
    console.log(row('Zhiku (custom server, page cache)', app))
    console.log(row('plain static server, same HTML', plain))
    console.log(`throughput ratio app / static: ${(app.rps / plain.rps).toFixed(3)} (target ≥ 0.5); app p99 ${app.p99} ms (target < 50)`)
    console.log(`(cores: ${os.cpus().length}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} — other processes share them)`)
    console.log(`publish → visible on /: ${(await publishToVisible()).toFixed(0)} ms`)
  } finally {
    stopServer(server)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
