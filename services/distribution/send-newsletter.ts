import { createHash } from 'node:crypto'

import type { Payload, TaskConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import type { DeliveryKind } from '../../src/distribution/delivery-status'
import { classifySmtpFailure, MAX_DELIVERY_ATTEMPTS } from '../../src/distribution/smtp-failure'
import { parseReleaseContent } from '../../src/release/parse-release-content'
import type { ReleaseContent } from '../../src/release/release-content'
import { AS_SYSTEM } from '../payload/as-system'
import { faultPoint } from '../workflow/fault-point'
import { confirmedSubscriberIds, dueDeliveries, enqueueDeliveries, markDelivery, nextRetryAt } from './delivery-ledger'
import { inParallel } from './in-parallel'
import { renderCorrectionNotice, renderNewsletter, type EmailLanguage, type RenderedNewsletter } from './newsletter-email'
import { issueUrlFor, NEWSLETTER_QUEUE, NEWSLETTER_TASK, publicOrigin, sendSettings, type SendSettings } from './settings'
import { subscriberLinks } from './subscriber-links'

type Id = string | number

export type SendInput = { releaseId: Id; kind: DeliveryKind }
export type SendSummary = { sent: number; failed: number; suppressed: number; retrying: number; handedOver: boolean }


/** The newsletter a release belongs to, found by the slug the release carries. */
async function newsletterIdOf(payload: Payload, content: ReleaseContent): Promise<Id | null> {
  const found = await payload.find({ collection: SLUGS.newsletters, where: { slug: { equals: content.issue.newsletter.slug } }, limit: 1, ...AS_SYSTEM })
  return found.docs[0]?.id ?? null
}

export async function loadReleaseContent(payload: Payload, releaseId: Id): Promise<ReleaseContent> {
  const release = await payload.findByID({ collection: SLUGS.releases, id: releaseId, depth: 0, overrideAccess: false, user: null })
  return parseReleaseContent(release.content)
}

/** The Message-ID of one ledger row: the same on a resend, so a mail system can tell a duplicate. */
const messageIdOf = (kind: DeliveryKind, releaseId: Id, subscriberId: Id) =>
  `<${createHash('sha256').update(`${kind}:${releaseId}:${subscriberId}`).digest('hex').slice(0, 32)}@${new URL(publicOrigin()).hostname || 'zhiku'}>`

/** Headers every newsletter mail carries (RFC 2369 and RFC 8058 one-click unsubscribe). */
export const unsubscribeHeaders = (unsubscribeUrl: string) => ({
  'List-Unsubscribe': `<${unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Where the sender may be killed for tests (services/workflow/fault-point.ts): the SMTP server has the message, the ledger does not know. */
export const AFTER_SMTP_ACCEPT = 'newsletter-after-smtp-accept'

/**
 * Sends a release's mail to every confirmed subscriber of its newsletter, through the ledger: rows
 * are claimed (queued) first; each is marked `sending` before it is handed to SMTP and `sent` after
 * the server accepted it. A run that stops half way is resumed by the next without gaps; a row it
 * left `sending` may or may not have gone out, so it is never resent by itself (it counts as
 * uncertain until an editor resends it). Temporary SMTP failures retry with backoff in a follow-up
 * job; permanent ones suppress the address. `heartbeat` is called once per batch (the job's sign of life).
 */
export async function sendRelease(
  payload: Payload,
  input: SendInput,
  settings: SendSettings = sendSettings(),
  heartbeat: () => Promise<void> = async () => {},
): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, failed: 0, suppressed: 0, retrying: 0, handedOver: false }
  const content = await loadReleaseContent(payload, input.releaseId)
  const newsletterId = await newsletterIdOf(payload, content)
  if (newsletterId === null) return summary
  await enqueueDeliveries(payload, input.kind, input.releaseId, await confirmedSubscriberIds(payload, newsletterId))

  const issueUrl = issueUrlFor(content.issue.slug)
  const rendered = new Map<EmailLanguage, Promise<RenderedNewsletter>>()
  const renderFor = (language: EmailLanguage) => {
    if (!rendered.has(language)) {
      rendered.set(language, input.kind === 'correction' ? renderCorrectionNotice(content, { issueUrl }) : renderNewsletter(content, { issueUrl, language }))
    }
    return rendered.get(language) as Promise<RenderedNewsletter>
  }
  const started = Date.now()
  // Rows a failure in this run put back are left for the follow-up job, even with no retry delay.
  const runStart = new Date(started)
  let attempted = 0

  for (;;) {
    const room = settings.maxPerRun > 0 ? settings.maxPerRun - attempted : settings.batchSize
    if (room <= 0) break
    const batch = await dueDeliveries(payload, input.kind, input.releaseId, runStart, Math.min(room, settings.batchSize))
    if (batch.length === 0) break
    await heartbeat()
    const subscriberIds = batch.map((row) => (typeof row.subscriber === 'object' ? row.subscriber.id : row.subscriber))
    const subscribers = await payload.find({ collection: SLUGS.subscribers, where: { id: { in: subscriberIds } }, pagination: false, ...AS_SYSTEM })
    const byId = new Map(subscribers.docs.map((doc) => [doc.id, doc]))

    await inParallel(batch, settings.concurrency, async (row) => {
      const subscriberId = typeof row.subscriber === 'object' ? row.subscriber.id : row.subscriber
      const subscriber = byId.get(subscriberId)
      if (!subscriber || subscriber.status !== 'confirmed') {
        await markDelivery(payload, row.id, { status: 'suppressed', lastError: `Not sent: the subscriber is ${subscriber?.status ?? 'gone'}.` })
        summary.suppressed += 1
        return
      }
      if (settings.ratePerSecond > 0) {
        const due = started + (attempted / settings.ratePerSecond) * 1000
        attempted += 1
        if (due > Date.now()) await sleep(due - Date.now())
      } else {
        attempted += 1
      }
      const links = subscriberLinks(payload, subscriber.id)
      const mail = await renderFor(subscriber.language === 'en' ? 'en' : 'zh')
      const { html, text } = mail.forRecipient(links)
      const attempts = (row.attempts ?? 0) + 1
      await markDelivery(payload, row.id, { status: 'sending', attempts, sendingAt: new Date().toISOString() })
      try {
        await payload.sendEmail({
          to: subscriber.email,
          subject: mail.subject,
          html,
          text,
          headers: { ...unsubscribeHeaders(links.unsubscribeUrl), 'X-Zhiku-Release': `${input.kind}:${String(input.releaseId)}` },
          messageId: messageIdOf(input.kind, input.releaseId, subscriber.id),
          textEncoding: 'base64',
        })
      } catch (error) {
        const failure = classifySmtpFailure(error)
        if (failure.kind === 'permanent' || attempts >= MAX_DELIVERY_ATTEMPTS) {
          await markDelivery(payload, row.id, { status: 'failed', attempts, lastError: failure.message, nextAttemptAt: null, sendingAt: null })
          if (failure.kind === 'permanent') {
            await payload.update({ collection: SLUGS.subscribers, id: subscriber.id, data: { status: 'suppressed', statusReason: `SMTP: ${failure.message}`.slice(0, 300) }, ...AS_SYSTEM })
          }
          summary.failed += 1
        } else {
          const retryAt = new Date(Date.now() + settings.retryBaseSeconds * 4 ** (attempts - 1) * 1000).toISOString()
          await markDelivery(payload, row.id, { status: 'queued', attempts, lastError: failure.message, nextAttemptAt: retryAt, sendingAt: null })
          summary.retrying += 1
        }
        return
      }
      faultPoint(AFTER_SMTP_ACCEPT)
      await markDelivery(payload, row.id, { status: 'sent', attempts, lastError: null, nextAttemptAt: null, sentAt: new Date().toISOString() })
      summary.sent += 1
    })
  }

  // What is left is handed to a follow-up job: at once when this run hit its cap, else when the first retry is due.
  const waiting = await nextRetryAt(payload, input.kind, input.releaseId)
  if (waiting) {
    await payload.jobs.queue({ task: NEWSLETTER_TASK, queue: NEWSLETTER_QUEUE, input: { releaseId: String(input.releaseId), kind: input.kind }, waitUntil: waiting })
    summary.handedOver = true
  }
  return summary
}

export const sendNewsletterTask: TaskConfig = {
  slug: NEWSLETTER_TASK,
  label: 'Send a release by email to its newsletter’s subscribers',
  inputSchema: [
    { name: 'releaseId', type: 'text', required: true },
    { name: 'kind', type: 'select', options: ['issue', 'correction'], required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 3,
  handler: async ({ input, job, req }) => {
    const { releaseId, kind } = input as { releaseId: string; kind: DeliveryKind }
    const id = req.payload.db.defaultIDType === 'number' ? Number(releaseId) : releaseId
    // Each batch touches the job, so a job that stops showing signs of life is known to be dead (resumeStaleSendJobs).
    const heartbeat = async () => {
      await req.payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { updatedAt: new Date().toISOString() }, returning: false })
    }
    const summary = await sendRelease(req.payload, { releaseId: id, kind }, sendSettings(), heartbeat)
    return { output: { sent: summary.sent, failed: summary.failed } }
  },
}

/**
 * Send jobs left `processing` by a process that died (no heartbeat for `staleSeconds`) are let go, so
 * the job queue runs them again: the ledger resumes where they stopped, leaving their `sending` rows
 * uncertain. Run at start-up. Returns how many were let go.
 */
export async function resumeStaleSendJobs(payload: Payload, staleSeconds: number, now = new Date()): Promise<number> {
  const stale = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: NEWSLETTER_QUEUE } },
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now.getTime() - staleSeconds * 1000).toISOString() } },
      ],
    },
    pagination: false,
    ...AS_SYSTEM,
  })
  for (const job of stale.docs) {
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: false, updatedAt: now.toISOString() }, returning: false })
  }
  return stale.docs.length
}

/** Queues the mail of a release (the Releases hook and the correction-notice endpoint call this). */
export async function queueReleaseMail(payload: Payload, releaseId: Id, kind: DeliveryKind, req?: Parameters<Payload['jobs']['queue']>[0]['req']) {
  await payload.jobs.queue({ task: NEWSLETTER_TASK, queue: NEWSLETTER_QUEUE, input: { releaseId: String(releaseId), kind }, req })
}
