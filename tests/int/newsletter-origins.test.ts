import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { headerOf } from '../helpers/mail-text'
import { ownDatabaseUri } from '../helpers/own-database'
import { mailbox } from '../helpers/smtp-listener'
import { runChild } from '../helpers/spawn-child'

/*
 * Only the review chain mails subscribers (src/distribution/mail-policy.ts). On a fresh database of its
 * own (the demo issue must not exist yet), a process loads the demo content and imports an archive
 * issue for a newsletter that has a confirmed subscriber, runs the send queue, then publishes an issue
 * of the same newsletter through the chain and runs it again.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-origins-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('which releases are mailed', () => {
  it('never mails the demo issue or an archive import to confirmed subscribers, and mails the chain’s next issue', { timeout: 300_000 }, async () => {
    const run = await runChild('tests/helpers/newsletter-child.ts', ['origins'], {
      ...process.env,
      DATABASE_URI: await ownDatabaseUri(dir, 'origins'),
      PAYLOAD_SECRET: 'origins-test-secret',
      PAYLOAD_LOG_LEVEL: 'fatal',
      ZHIKU_JOBS_AUTORUN: 'false',
    })
    expect(run.code, run.stderr).toBe(0)
    const outside = run.lines.find((line) => line.phase === 'outside') as { importCode: number; importOutput: string; reader: string; releaseIds: number[]; deliveryRows: number; counts: unknown }
    const chain = run.lines.find((line) => line.phase === 'chain') as { releaseId: number; counts: unknown }

    expect(outside.importCode, outside.importOutput).toBe(0)
    // The demo issue's release and the archive issue's release.
    expect(outside.releaseIds).toHaveLength(2)
    expect(outside.deliveryRows).toBe(0)
    expect(outside.counts).toEqual({ queued: 0, sent: 0, failed: 0, suppressed: 0, uncertain: 0 })

    const toReader = mailbox().filter((mail) => mail.to.includes(outside.reader))
    expect(toReader.map((mail) => headerOf(mail.raw, 'X-Zhiku-Release'))).toEqual([`issue:${chain.releaseId}`])
    expect(chain.counts).toEqual({ queued: 0, sent: 1, failed: 0, suppressed: 0, uncertain: 0 })
  })
})
