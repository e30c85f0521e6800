import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { AFTER_SMTP_ACCEPT } from '../../services/distribution/send-newsletter'
import { headerOf } from '../helpers/mail-text'
import { ownDatabaseUri } from '../helpers/own-database'
import { mailbox } from '../helpers/smtp-listener'
import { runChild } from '../helpers/spawn-child'

/*
 * Kills a real sending process (SIGKILL, as a power cut would) right after the SMTP server accepted a
 * message and before the ledger recorded it, then starts again: the message is neither sent twice
 * nor forgotten — it counts as uncertain until an editor chooses to resend it.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-send-crash-'))
const env = {
  ...process.env,
  DATABASE_URI: await ownDatabaseUri(dir, 'send_crash'),
  PAYLOAD_SECRET: 'send-crash-test-secret',
  PAYLOAD_LOG_LEVEL: 'fatal',
  ZHIKU_JOBS_AUTORUN: 'false',
  // One message in flight, so exactly one is cut off; SMTP_HOST/PORT name this file's listener.
  ZHIKU_NEWSLETTER_CONCURRENCY: '1',
}
const child = (args: string[], extra: Record<string, string> = {}) => runChild('tests/helpers/newsletter-child.ts', args, { ...env, ...extra })

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a sender killed between the SMTP server’s acceptance and the ledger’s record', () => {
  it('resends nothing on restart, counts the message uncertain, and resends it only when an editor asks', { timeout: 300_000 }, async () => {
    const prepared = await child(['prepare', '4'])
    expect(prepared.code, prepared.stderr).toBe(0)
    const { issueId, releaseId, emails, editorEmail } = prepared.lines[0] as { issueId: number; releaseId: number; emails: string[]; editorEmail: string }
    const received = () => emails.map((email) => mailbox().filter((mail) => mail.to.includes(email) && headerOf(mail.raw, 'X-Zhiku-Release') === `issue:${releaseId}`))

    const killed = await child(['send'], { ZHIKU_CRASH_AT: AFTER_SMTP_ACCEPT })
    expect(killed.signal, killed.stderr).toBe('SIGKILL')
    expect(received().map((mails) => mails.length).sort()).toEqual([0, 0, 0, 1])
    const cutOff = emails[received().findIndex((mails) => mails.length === 1)]!

    // Restarted once the cut-off send shows no more sign of life: the job resumes from the ledger.
    const resumed = await child(['resume', String(releaseId)], { ZHIKU_NEWSLETTER_STALE_SECONDS: '0' })
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(received().map((mails) => mails.length)).toEqual([1, 1, 1, 1])
    expect(resumed.lines[0]).toEqual({ counts: { queued: 0, sent: 3, failed: 0, suppressed: 0, uncertain: 1 } })

    // Another restart still does not resend it.
    const again = await child(['resume', String(releaseId)], { ZHIKU_NEWSLETTER_STALE_SECONDS: '0' })
    expect(again.code, again.stderr).toBe(0)
    expect(received().map((mails) => mails.length)).toEqual([1, 1, 1, 1])

    // The editor's explicit choice: the uncertain message goes out again, with the same Message-ID.
    const resent = await child(['resend', JSON.stringify({ issueId, releaseId, editorEmail })], { ZHIKU_NEWSLETTER_STALE_SECONDS: '0' })
    expect(resent.code, resent.stderr).toBe(0)
    expect(resent.lines[0]).toMatchObject({ status: 202, counts: { queued: 0, sent: 4, failed: 0, suppressed: 0, uncertain: 0 } })
    const copies = mailbox().filter((mail) => mail.to.includes(cutOff) && headerOf(mail.raw, 'X-Zhiku-Release') === `issue:${releaseId}`)
    expect(copies).toHaveLength(2)
    expect(headerOf(copies[1]!.raw, 'Message-ID')).toBe(headerOf(copies[0]!.raw, 'Message-ID'))
    expect(received().filter((mails) => mails.length === 1)).toHaveLength(3)
  })
})
