/**
 * Newsletter send throughput on the embedded SQLite database, to a local SMTP sink.
 *
 *   npx tsx bench/newsletter-send.ts [--subscribers 10000]
 *
 * Creates N confirmed subscribers of one newsletter, publishes an issue through the review chain
 * (which queues the send job), runs the job and prints messages per second, peak RSS and the number
 * of duplicate recipients (must be 0). Settings come from the ZHIKU_NEWSLETTER_* variables.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { SMTPServer } from 'smtp-server'

import '../scripts/lib/entry'

const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-bench-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ||= 'bench-secret'
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
process.env.ZHIKU_JOBS_AUTORUN = 'false'

const count = Number(process.argv[process.argv.indexOf('--subscribers') + 1]) || 10_000

/** A sink that counts what it is given per recipient and keeps nothing else. */
async function startSink() {
  const received = new Map<string, number>()
  let bytes = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length))
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) received.set(rcpt.address, (received.get(rcpt.address) ?? 0) + 1)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { port, received, bytes: () => bytes, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

async function main() {
  const sink = await startSink()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(sink.port)
  const { openPayload } = await import('../scripts/lib/open-payload')
  const { createCrew, createDraftIssue, advanceTo } = await import('../tests/helpers/workflow')
  const { createNewsletter } = await import('../tests/helpers/factories')
  const { SLUGS } = await import('../src/collection-slugs')
  const { NEWSLETTER_QUEUE, sendSettings } = await import('../services/distribution/settings')
  const payload = await openPayload()
  const crew = await createCrew(payload)
  const newsletter = await createNewsletter(payload)

  const setupStart = performance.now()
  for (let index = 0; index < count; index += 1) {
    await payload.create({
      collection: SLUGS.subscribers,
      data: { email: `reader${index}@bench.example`, newsletters: [newsletter.id], status: 'confirmed', language: index % 5 === 0 ? 'en' : 'zh', source: 'bench' },
      depth: 0,
    })
  }
  const setupSeconds = (performance.now() - setupStart) / 1000

  const { issue } = await createDraftIssue(payload, crew, { newsletter, articleCount: 3 })
  await advanceTo(payload, crew, issue, 'published')

  let peakRss = process.memoryUsage().rss
  const startRss = peakRss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)
  const start = performance.now()
  // Each run sends until done (or its cap); follow-up jobs continue.
  for (let round = 0; round < 100; round += 1) {
    const result = await payload.jobs.run({ queue: NEWSLETTER_QUEUE, limit: 10 })
    if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) break
  }
  const seconds = (performance.now() - start) / 1000
  clearInterval(sampler)

  const toReaders = [...sink.received.entries()].filter(([address]) => address.endsWith('@bench.example')).map(([, n]) => n)
  const messages = toReaders.reduce((sum, n) => sum + n, 0)
  const duplicates = toReaders.reduce((sum, n) => sum + Math.max(0, n - 1), 0)
  const missing = count - toReaders.length
  const settings = sendSettings()
  console.log(`subscribers: ${count} (created in ${setupSeconds.toFixed(1)} s)`)
  console.log(`settings: batch ${settings.batchSize}, concurrency ${settings.concurrency}, rate ${settings.ratePerSecond || 'unlimited'}/s`)
  console.log(`messages: ${messages} in ${seconds.toFixed(1)} s = ${(messages / seconds).toFixed(0)} msg/s (${(sink.bytes() / messages / 1024).toFixed(1)} KB each)`)
  console.log(`RSS: ${(startRss / 2 ** 20).toFixed(0)} MB before, ${(peakRss / 2 ** 20).toFixed(0)} MB peak`)
  console.log(`duplicates: ${duplicates}, missing: ${missing}`)
  await payload.destroy()
  await sink.close()
  if (duplicates > 0 || missing > 0) process.exitCode = 1
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
