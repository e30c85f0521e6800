/**
 * Public-site speed, in one run:
 *   1. requests per second and p50/p99 latency of the demo issue page served by the production app
 *      (Next.js with its data cache), next to a plain Node static server serving the same HTML —
 *      the ratio is the figure;
 *   2. the time from the final 终审 approval (REST) to the new issue being served on the home page.
 *
 *   npx tsx bench/site-throughput.ts [--seconds 5] [--concurrency 16]
 *
 * Starts its own server (`npm run demo` on a fresh SQLite file, port 3399) and stops it at the end.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback
const SECONDS = arg('--seconds', 5)
const CONCURRENCY = arg('--concurrency', 16)
const PORT = 3399
const APP = `http://127.0.0.1:${PORT}`
const ISSUE_PATH = '/issues/ai-governance-standards-competition'

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!

async function load(url: string) {
  const latencies: number[] = []
  let errors = 0
  const end = performance.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const start = performance.now()
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.ok) latencies.push(performance.now() - start)
        else errors += 1
      }
    }),
  )
  return { rps: latencies.length / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors }
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
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
  const server = spawn('npx', ['tsx', 'scripts/demo.ts', '--fresh'], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URI: 'file:./data/bench-site.db', MEDIA_DIR: 'data/bench-media', PAYLOAD_LOG_LEVEL: 'error' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    await waitFor(`${APP}/`, 420_000)
    const html = await (await fetch(`${APP}${ISSUE_PATH}`)).text()
    const staticServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(html)
    })
    await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve))
    const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/`
    await load(`${APP}${ISSUE_PATH}`) // warm-up
    const app = await load(`${APP}${ISSUE_PATH}`)
    const plain = await load(staticUrl)
    staticServer.close()
    const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
      `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50=${r.p50.toFixed(1)}ms  p99=${r.p99.toFixed(1)}ms  errors=${r.errors}`
    console.log(`issue page, ${CONCURRENCY} concurrent clients, ${SECONDS} s each (${html.length} bytes of HTML)`)
    console.log(row('Zhiku (next start, data cache)', app))
    console.log(row('plain static server, same HTML', plain))
    console.log(`throughput ratio app / static: ${(app.rps / plain.rps).toFixed(3)}`)
    console.log(`publish → visible on /: ${(await publishToVisible()).toFixed(0)} ms`)
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
