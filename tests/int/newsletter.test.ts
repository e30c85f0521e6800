import config from '@payload-config'
import { NextRequest } from 'next/server'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as submitSubscribeForm } from '../../app/(site)/subscribe/submit/route'
import { POST as oneClickUnsubscribe } from '../../app/(site)/unsubscribe/route'
import type { Issue, Newsletter } from '../../payload-types'
import { proxy } from '../../proxy'
import { NEWSLETTER_QUEUE } from '../../services/distribution/settings'
import { confirmSubscription } from '../../services/distribution/subscriptions'
import { SLUGS } from '../../src/collection-slugs'
import { CLIENT_ADDRESS_HEADER } from '../../src/security/client-address'
import { createNewsletter, unique } from '../helpers/factories'
import { login, rest, toResult } from '../helpers/http'
import { decodedBodies, headerOf } from '../helpers/mail-text'
import { getTestPayload } from '../helpers/payload'
import { mailbox, refuseRecipients, type ReceivedMail } from '../helpers/smtp-listener'
import { act, advanceTo, createCrew, createDraftIssue, published, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

const mailTo = (address: string): ReceivedMail[] => mailbox().filter((mail) => mail.to.includes(address))

async function subscribeRequest(body: unknown, client = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
  const request = new Request('http://localhost:3000/api/subscribers/subscribe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: client },
    body: JSON.stringify(body),
  })
  return toResult(await handleEndpoints({ config, request }))
}

/** Subscribes and confirms through the link in the confirmation mail. */
async function confirmedSubscriber(newsletter: Newsletter, email = `reader-${unique()}@example.com`) {
  expect((await subscribeRequest({ email, newsletter: newsletter.slug })).status).toBe(202)
  const confirmation = mailTo(email).at(-1)
  const token = /\/subscribe\/confirm\?token=([A-Za-z0-9._%-]+)/.exec(decodedBodies(confirmation?.raw ?? ''))?.[1]
  expect(token).toBeTruthy()
  const outcome = await confirmSubscription(payload, decodeURIComponent(token ?? ''))
  expect(outcome.ok && outcome.subscriber.status).toBe('confirmed')
  return email
}

const runSends = () => payload.jobs.run({ queue: NEWSLETTER_QUEUE, limit: 1000 })

const releaseMails = (address: string, releaseId: number | string) =>
  mailTo(address).filter((mail) => headerOf(mail.raw, 'X-Zhiku-Release') === `issue:${String(releaseId)}`)

const issueMails = async (address: string, issue: Issue) => releaseMails(address, (await published(payload, issue))!.id)

async function publishIn(newsletter: Newsletter) {
  const { issue } = await createDraftIssue(payload, crew, { newsletter })
  return advanceTo(payload, crew, issue, 'published')
}

const staff = async () => login(crew.editor.email)

describe('subscribing', () => {
  it('answers 202 with the same body for new, pending and confirmed addresses, and mails a confirmation link', async () => {
    const newsletter = await createNewsletter(payload)
    const confirmed = await confirmedSubscriber(newsletter)
    const fresh = `new-${unique()}@Example.com`
    const answers = [await subscribeRequest({ email: fresh, newsletter: newsletter.slug }), await subscribeRequest({ email: confirmed, newsletter: newsletter.slug })]
    expect(answers.map((answer) => answer.status)).toEqual([202, 202])
    expect(answers[0]?.body).toEqual(answers[1]?.body)
    expect(mailTo(fresh.toLowerCase())).toHaveLength(1)
    const stored = await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: fresh.toLowerCase() } } })
    expect(stored.docs[0]?.status).toBe('pending')
    expect(stored.docs[0]?.consent?.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored.docs[0])).not.toContain('10.0.')
  })

  it('refuses bad input with 400 and limits requests per address and per client with 429', async () => {
    expect((await subscribeRequest({ email: 'not-an-address' })).status).toBe(400)
    expect((await subscribeRequest({ email: `a-${unique()}@example.com`, locale: 'fr' })).status).toBe(400)
    expect((await subscribeRequest({ email: `a-${unique()}@example.com`, newsletter: `missing-${unique()}` })).status).toBe(400)
    const address = `limit-${unique()}@example.com`
    const perAddress = []
    for (let index = 0; index < 4; index += 1) perAddress.push((await subscribeRequest({ email: address })).status)
    expect(perAddress).toEqual([202, 202, 202, 429])
    const client = `192.0.2.${Math.floor(Math.random() * 250)}`
    const perClient = []
    for (let index = 0; index < 11; index += 1) perClient.push((await subscribeRequest({ email: `c${index}-${unique()}@example.com` }, client)).status)
    expect(perClient.filter((status) => status === 202)).toHaveLength(10)
    expect(perClient.at(-1)).toBe(429)
  })
})

describe('the subscribe form and the cross-site rules', () => {
  const formPost = (fields: Record<string, string>) =>
    submitSubscribeForm(
      new NextRequest('http://localhost:3000/subscribe/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', [CLIENT_ADDRESS_HEADER]: `198.51.100.${Math.floor(Math.random() * 250)}` },
        body: new URLSearchParams(fields).toString(),
      }),
    )

  it('subscribes from the plain form with a 303 to the thank-you page, and ignores a filled honeypot', async () => {
    const email = `form-${unique()}@example.com`
    const answer = await formPost({ email, locale: 'en', website: '' })
    expect([answer.status, new URL(answer.headers.get('location') ?? '').pathname]).toEqual([303, '/subscribe/thanks'])
    expect((await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: email } } })).docs[0]).toMatchObject({ status: 'pending', language: 'en', source: 'subscribe-form' })
    const bot = `bot-${unique()}@example.com`
    const botAnswer = await formPost({ email: bot, website: 'https://spam.example' })
    expect([botAnswer.status, new URL(botAnswer.headers.get('location') ?? '').pathname]).toEqual([303, '/subscribe/thanks'])
    expect((await payload.count({ collection: SLUGS.subscribers, where: { email: { equals: bot } } })).totalDocs).toBe(0)
    const bad = await formPost({ email: 'nope' })
    expect(bad.headers.get('location')).toContain('/subscribe?error=invalid')
  })

  it('lets mail providers POST one-click unsubscribes cross-site, and nothing else', () => {
    const crossSite = (path: string) =>
      proxy(new NextRequest(`http://localhost:3000${path}`, { method: 'POST', headers: { origin: 'https://mail.provider.example', 'content-type': 'application/x-www-form-urlencoded' } }))
    expect(crossSite('/unsubscribe?token=x').status).not.toBe(403)
    expect(crossSite('/subscribe/submit').status).toBe(403)
    expect(crossSite('/unsubscribe/other').status).toBe(403)
  })
})

describe('sending a release', () => {
  it('mails each confirmed subscriber once, no pending or unsubscribed one, and skips an address after one-click unsubscribe', async () => {
    const newsletter = await createNewsletter(payload)
    const readers = [await confirmedSubscriber(newsletter), await confirmedSubscriber(newsletter), await confirmedSubscriber(newsletter)]
    const pending = `pending-${unique()}@example.com`
    await subscribeRequest({ email: pending, newsletter: newsletter.slug })
    const leaver = await confirmedSubscriber(newsletter)
    const leaverDoc = (await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: leaver } } })).docs[0]
    await payload.update({ collection: SLUGS.subscribers, id: leaverDoc!.id, data: { status: 'unsubscribed' } })

    const first = await publishIn(newsletter)
    await runSends()
    await runSends()
    for (const reader of readers) expect(await issueMails(reader, first)).toHaveLength(1)
    expect(await issueMails(pending, first)).toHaveLength(0)
    expect(await issueMails(leaver, first)).toHaveLength(0)

    const mail = (await issueMails(readers[0]!, first))[0]!
    expect(headerOf(mail.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const unsubscribeUrl = /<([^>]+)>/.exec(headerOf(mail.raw, 'List-Unsubscribe') ?? '')?.[1]
    expect(unsubscribeUrl).toMatch(/\/unsubscribe\?token=/)
    expect(mail.raw).toMatch(/Content-Type: text\/plain/i)
    expect(mail.raw).toMatch(/Content-Type: text\/html/i)

    const token = await login(crew.editor.email)
    expect((await rest('GET', `/issues/${first.id}/deliveries`, { token })).body).toEqual({ queued: 0, sent: 3, failed: 0, suppressed: 0, uncertain: 0 })
    expect((await rest('GET', `/issues/${first.id}/deliveries`)).status).toBe(401)

    // The mail provider's RFC 8058 POST: no cookie, from elsewhere.
    const response = await oneClickUnsubscribe(
      new NextRequest(unsubscribeUrl!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
    )
    expect(response.status).toBe(200)

    const second = await publishIn(newsletter)
    await runSends()
    expect(await issueMails(readers[0]!, second)).toHaveLength(0)
    expect(await issueMails(readers[1]!, second)).toHaveLength(1)
    expect(await issueMails(readers[2]!, second)).toHaveLength(1)
  })

  it('resumes an interrupted send without duplicates or gaps, and retries a temporary SMTP refusal', async () => {
    const newsletter = await createNewsletter(payload)
    const readers: string[] = []
    for (let index = 0; index < 5; index += 1) readers.push(await confirmedSubscriber(newsletter))
    const token = await staff()
    process.env.ZHIKU_NEWSLETTER_MAX_PER_RUN = '2'
    process.env.ZHIKU_NEWSLETTER_RETRY_SECONDS = '0'
    try {
      const issue = await publishIn(newsletter)
      const release = await published(payload, issue)
      // The run stops after two messages, as a crash would; the ledger has the rest queued.
      await runSends()
      expect(readers.map((reader) => releaseMails(reader, release!.id).length).sort()).toEqual([0, 0, 0, 1, 1])
      expect((await rest('GET', `/issues/${issue.id}/deliveries`, { token })).body).toEqual({ queued: 3, sent: 2, failed: 0, suppressed: 0, uncertain: 0 })
      // The next run's SMTP server refuses one address for now (451): it is retried, the others go out.
      const unlucky = readers.find((reader) => releaseMails(reader, release!.id).length === 0)!
      refuseRecipients((address) => (address === unlucky ? { code: 451, message: '4.3.0 Try again later' } : null))
      delete process.env.ZHIKU_NEWSLETTER_MAX_PER_RUN
      await runSends()
      expect(releaseMails(unlucky, release!.id)).toHaveLength(0)
      expect((await rest('GET', `/issues/${issue.id}/deliveries`, { token })).body).toEqual({ queued: 1, sent: 4, failed: 0, suppressed: 0, uncertain: 0 })
      refuseRecipients(null)
      await runSends()
      await runSends()
      expect(readers.map((reader) => releaseMails(reader, release!.id).length)).toEqual([1, 1, 1, 1, 1])
      expect((await rest('GET', `/issues/${issue.id}/deliveries`, { token })).body).toEqual({ queued: 0, sent: 5, failed: 0, suppressed: 0, uncertain: 0 })
    } finally {
      refuseRecipients(null)
      delete process.env.ZHIKU_NEWSLETTER_MAX_PER_RUN
      delete process.env.ZHIKU_NEWSLETTER_RETRY_SECONDS
    }
  })

  it('marks a permanent refusal failed and suppresses the address', async () => {
    const newsletter = await createNewsletter(payload)
    const gone = await confirmedSubscriber(newsletter)
    const fine = await confirmedSubscriber(newsletter)
    refuseRecipients((address) => (address === gone ? { code: 550, message: '5.1.1 No such user' } : null))
    try {
      const issue = await publishIn(newsletter)
      await runSends()
      const release = await published(payload, issue)
      expect(releaseMails(fine, release!.id)).toHaveLength(1)
      expect((await rest('GET', `/issues/${issue.id}/deliveries`, { token: await staff() })).body).toEqual({ queued: 0, sent: 1, failed: 1, suppressed: 0, uncertain: 0 })
      const stored = (await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: gone } } })).docs[0]
      expect(stored?.status).toBe('suppressed')
    } finally {
      refuseRecipients(null)
    }
  })

  it('does not mail a correction unless an editor sends a correction notice, which carries the note', async () => {
    const newsletter = await createNewsletter(payload)
    const reader = await confirmedSubscriber(newsletter)
    const live = await publishIn(newsletter)
    await runSends()
    const before = mailTo(reader).length
    const token = await staff()
    expect((await rest('POST', `/issues/${live.id}/correction-notice`, { token, json: {} })).status).toBe(409)
    const reopened = await act(payload, live, crew.final1, { action: 'reopen', comment: '更正：第二节日期应为三月' })
    await advanceTo(payload, crew, reopened, 'published')
    await runSends()
    expect(mailTo(reader).length).toBe(before)
    expect((await rest('POST', `/issues/${live.id}/correction-notice`, { json: {} })).status).toBe(401)
    expect((await rest('POST', `/issues/${live.id}/correction-notice`, { token, json: {} })).status).toBe(202)
    await runSends()
    const notices = mailTo(reader).slice(before)
    expect(notices).toHaveLength(1)
    expect(headerOf(notices[0]!.raw, 'X-Zhiku-Release')).toMatch(/^correction:/)
    expect(decodedBodies(notices[0]!.raw)).toContain('更正：第二节日期应为三月')
  })
})

describe('provider events and admin tools', () => {
  it('suppresses bounced and complained addresses through the authenticated webhook', async () => {
    process.env.ZHIKU_MAIL_WEBHOOK_SECRET = 'webhook-secret-for-tests'
    const newsletter = await createNewsletter(payload)
    const bounced = await confirmedSubscriber(newsletter)
    const send = (authorization: string | null, body: unknown) => {
      const headers = new Headers({ 'content-type': 'application/json' })
      if (authorization) headers.set('authorization', authorization)
      return handleEndpoints({ config, request: new Request('http://localhost:3000/api/subscribers/events', { method: 'POST', headers, body: JSON.stringify(body) }) }).then(toResult)
    }
    expect((await send(null, [{ type: 'bounce', email: bounced }])).status).toBe(401)
    expect((await send('Bearer wrong', [{ type: 'bounce', email: bounced }])).status).toBe(401)
    expect((await send('Bearer webhook-secret-for-tests', [{ type: 'bounce' }])).status).toBe(400)
    const accepted = await send('Bearer webhook-secret-for-tests', [{ type: 'bounce', email: bounced.toUpperCase() }])
    expect(accepted).toEqual({ status: 200, body: { received: 1, suppressed: 1 } })
    expect((await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: bounced } } })).docs[0]?.status).toBe('suppressed')
  })

  it('lets only editors, final approvers and admins resend uncertain mail', async () => {
    const newsletter = await createNewsletter(payload)
    const issue = await publishIn(newsletter)
    const path = `/issues/${issue.id}/deliveries/resend-uncertain`
    expect((await rest('POST', path, { json: {} })).status).toBe(401)
    expect((await rest('POST', path, { token: await login(crew.reviewer.email), json: {} })).status).toBe(403)
    const answer = await rest('POST', path, { token: await staff(), json: {} })
    expect(answer.status).toBe(202)
    expect(answer.body).toMatchObject({ queued: 0, uncertain: 0 })
  })

  it('exports a published issue for WeChat, email and Markdown to staff only', async () => {
    const newsletter = await createNewsletter(payload)
    const live = await publishIn(newsletter)
    const token = await staff()
    expect((await rest('GET', `/issues/${live.id}/export?format=wechat`)).status).toBe(401)
    expect((await rest('GET', `/issues/${live.id}/export?format=pdf`, { token })).status).toBe(400)
    const wechat = await rest('GET', `/issues/${live.id}/export?format=wechat`, { token })
    expect(wechat.status).toBe(200)
    expect(wechat.body).toMatchObject({ format: 'wechat', warnings: [] })
    expect(String(wechat.body.html)).not.toMatch(/<(style|script|link)\b/)
    expect(wechat.body.characters).toBeGreaterThan(10)
    const email = await rest('GET', `/issues/${live.id}/export?format=email`, { token })
    expect(String(email.body.html)).toContain('color-scheme')
    expect(String(email.body.text)).toContain(`/issues/${live.slug}`)
    const markdown = await rest('GET', `/issues/${live.id}/export?format=markdown`, { token })
    expect(String(markdown.body.markdown)).toMatch(/^\[1\]: https:\/\//m)
    const { issue: draft } = await createDraftIssue(payload, crew, { newsletter })
    expect((await rest('GET', `/issues/${draft.id}/export?format=markdown`, { token })).status).toBe(404)
  })

  it('imports a CSV without re-subscribing an unsubscribed address, and exports it', async () => {
    const newsletter = await createNewsletter(payload)
    const left = await confirmedSubscriber(newsletter)
    const leftDoc = (await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: left } } })).docs[0]!
    await payload.update({ collection: SLUGS.subscribers, id: leftDoc.id, data: { status: 'unsubscribed' } })
    const fresh = `csv-${unique()}@example.com`
    const csv = `email,language,newsletters,consent\n${fresh},en,${newsletter.slug},signed up at the 2025 forum\n${left},zh,${newsletter.slug},x\nnot-an-address,zh,,\n${fresh.toUpperCase()},zh,,x\n`
    const admin = await login(crew.admin.email)
    const importAs = (token: string) =>
      handleEndpoints({
        config,
        request: new Request('http://localhost:3000/api/subscribers/import', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `JWT ${token}` }, body: csv }),
      }).then(toResult)
    expect((await importAs(await staff())).status).toBe(403)
    const report = await importAs(admin)
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({ created: 1, skippedExisting: 1, duplicatesInFile: 1 })
    expect((report.body.invalid as unknown[]).length).toBe(1)
    expect((await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: left } } })).docs[0]?.status).toBe('unsubscribed')
    const exported = await handleEndpoints({ config, request: new Request('http://localhost:3000/api/subscribers/export', { headers: { authorization: `JWT ${admin}` } }) })
    const text = await exported.text()
    expect(exported.headers.get('content-type')).toContain('text/csv')
    expect(text).toContain(`${fresh},confirmed,en,${newsletter.slug}`)
  })
})
