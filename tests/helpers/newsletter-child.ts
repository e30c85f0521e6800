/**
 * A separate server process for tests/int/newsletter-crash.test.ts and newsletter-origins.test.ts, on
 * the SQLite file and SMTP listener its parent names in the environment:
 *   prepare N  — a newsletter with N confirmed subscribers and an issue published to it through the chain
 *   send       — runs the newsletter queue; ZHIKU_CRASH_AT (armed only after start-up) may kill it
 *   resume     — starts again (start-up lets a dead send job go), runs the queue, prints the counts
 *   resend {…} — an editor resends the uncertain messages (POST …/deliveries/resend-uncertain), then the queue runs
 *   origins    — the demo content and an archive import (`import --archive`) for a newsletter with a
 *                confirmed subscriber, then an issue of the same newsletter through the chain
 * Each line it prints is one JSON object.
 */
import { writeFileSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runCommand } from '../../scripts/lib/entry'

const [mode, arg] = process.argv.slice(2)
const print = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`)

runCommand('newsletter-child', async () => {
  const crashAt = process.env.ZHIKU_CRASH_AT
  delete process.env.ZHIKU_CRASH_AT
  const { openPayload } = await import('../../scripts/lib/open-payload')
  const { SLUGS } = await import('../../src/collection-slugs')
  const { NEWSLETTER_QUEUE, sendSettings } = await import('../../services/distribution/settings')
  const { deliveryCounts } = await import('../../services/distribution/delivery-ledger')
  const { createCrew, createDraftIssue, advanceTo, published } = await import('./workflow')
  const payload = await openPayload()
  const runQueue = async () => {
    for (let round = 0; round < 3; round += 1) await payload.jobs.run({ queue: NEWSLETTER_QUEUE, limit: 100 })
  }
  const countsOf = async (releaseId: number | string) => deliveryCounts(payload, [releaseId], sendSettings().staleSeconds)
  const confirmedSubscriber = async (newsletterId: number, email: string) =>
    payload.create({ collection: SLUGS.subscribers, data: { email, newsletters: [newsletterId], language: 'zh', status: 'confirmed', source: 'test' } })

  if (mode === 'prepare') {
    const crew = await createCrew(payload)
    const newsletter = await payload.create({ collection: SLUGS.newsletters, data: { title: `崩溃测试 ${process.pid}`, slug: `crash-${process.pid}` } })
    const emails: string[] = []
    for (let index = 0; index < Number(arg); index += 1) {
      const email = `crash-${process.pid}-${index}@example.com`
      await confirmedSubscriber(newsletter.id, email)
      emails.push(email)
    }
    const { issue } = await createDraftIssue(payload, crew, { newsletter })
    await advanceTo(payload, crew, issue, 'published')
    const release = await published(payload, issue)
    print({ issueId: issue.id, releaseId: release!.id, emails, editorEmail: crew.editor.email })
  } else if (mode === 'send') {
    if (crashAt) process.env.ZHIKU_CRASH_AT = crashAt
    print({ sending: true })
    await runQueue()
    print({ sent: true })
  } else if (mode === 'resume') {
    await runQueue()
    print({ counts: await countsOf(JSON.parse(arg!) as number) })
  } else if (mode === 'resend') {
    const { issueId, releaseId, editorEmail } = JSON.parse(arg!) as { issueId: number; releaseId: number; editorEmail: string }
    const { login, rest } = await import('./http')
    const response = await rest('POST', `/issues/${issueId}/deliveries/resend-uncertain`, { token: await login(editorEmail), json: {} })
    await runQueue()
    print({ status: response.status, body: response.body, counts: await countsOf(releaseId) })
  } else if (mode === 'origins') {
    const { readFileSync } = await import('node:fs')
    const { loadDemoContent } = await import('../../scripts/lib/load-demo-content')
    const { runImportCli } = await import('../../scripts/lib/import-cli')
    const { DEMO_NEWSLETTER } = await import('../../src/demo/demo-content')
    // The demo's newsletter, with a confirmed reader, before the demo issue and the archive arrive.
    const newsletter = await payload.create({ collection: SLUGS.newsletters, data: { title: DEMO_NEWSLETTER.title, slug: DEMO_NEWSLETTER.slug } })
    const reader = `reader-${process.pid}@example.com`
    await confirmedSubscriber(newsletter.id, reader)
    await loadDemoContent(payload)
    const archiveFile = path.join(os.tmpdir(), `archive-${process.pid}.txt`)
    writeFileSync(archiveFile, readFileSync('tests/fixtures/seed-issue.txt', 'utf8'))
    const output: string[] = []
    const code = await runImportCli(payload, [archiveFile, '--archive'], { out: (text) => output.push(text), err: (text) => output.push(text) })
    await runQueue()
    const outside = await payload.find({ collection: SLUGS.releases, depth: 0, pagination: false, select: { issue: true } })
    const outsideIds = outside.docs.map((release) => release.id)
    print({
      phase: 'outside',
      importCode: code,
      importOutput: output.join('\n'),
      reader,
      releaseIds: outsideIds,
      counts: await deliveryCounts(payload, outsideIds, sendSettings().staleSeconds),
      deliveryRows: (await payload.count({ collection: SLUGS.deliveries })).totalDocs,
    })
    const crew = await createCrew(payload)
    const { issue } = await createDraftIssue(payload, crew, { newsletter })
    await advanceTo(payload, crew, issue, 'published')
    await runQueue()
    const release = await published(payload, issue)
    print({ phase: 'chain', releaseId: release!.id, counts: await countsOf(release!.id) })
  }
  return 0
})
