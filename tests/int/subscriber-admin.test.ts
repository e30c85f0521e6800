import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Newsletter, Subscriber, User } from '../../payload-types'
import { confirmSubscription } from '../../services/distribution/subscriptions'
import { SLUGS } from '../../src/collection-slugs'
import { CLIENT_ADDRESS_HEADER } from '../../src/security/client-address'
import { createNewsletter, createUser, unique } from '../helpers/factories'
import { graphql, login, rest, toResult } from '../helpers/http'
import { decodedBodies } from '../helpers/mail-text'
import { getTestPayload } from '../helpers/payload'
import { mailbox } from '../helpers/smtp-listener'

/*
 * Subscribers are personal data: only admins list, read, edit, export, import or delete them, and
 * nobody — admins included, by REST, GraphQL, bulk or the Local API with a user — makes one confirmed
 * or writes its consent record. A known address asking through the public form changes nothing until
 * its owner follows the link.
 */
let payload: Payload
let admin: User
let adminToken: string
let newsletter: Newsletter
beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createUser(payload, ['admin'])
  adminToken = await login(admin.email)
  newsletter = await createNewsletter(payload)
})

const subscriber = async (status: Subscriber['status'] = 'pending') =>
  payload.create({ collection: SLUGS.subscribers, data: { email: `s-${unique()}@example.com`, newsletters: [newsletter.id], status, language: 'zh', source: 'test' } })
const stored = async (id: number) => payload.findByID({ collection: SLUGS.subscribers, id, depth: 0 })
const subscribe = async (body: unknown) =>
  toResult(
    await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/subscribers/subscribe', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
        body: JSON.stringify(body),
      }),
    }),
  )
const csvImport = async (token: string, csv: string) =>
  toResult(
    await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/subscribers/import', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `JWT ${token}` }, body: csv }),
    }),
  )

describe('who manages subscribers', () => {
  it('refuses every other staff role listing, reading, exporting, importing, creating, editing or deleting them — by REST and GraphQL', async () => {
    const target = await subscriber()
    for (const role of ['editor', 'reviewer', 'layout', 'final-approver'] as const) {
      const token = await login((await createUser(payload, [role])).email)
      const answers = [
        await rest('GET', '/subscribers', { token }),
        await rest('GET', `/subscribers/${target.id}`, { token }),
        await rest('GET', '/subscribers/export', { token }),
        await rest('GET', '/subscribers/count', { token }),
        await rest('POST', '/subscribers', { token, json: { email: `x-${unique()}@example.com`, language: 'zh', status: 'pending' } }),
        await rest('PATCH', `/subscribers/${target.id}`, { token, json: { status: 'unsubscribed' } }),
        await rest('DELETE', `/subscribers/${target.id}`, { token }),
        await csvImport(token, `email\nx-${unique()}@example.com\n`),
      ]
      expect(answers.map((answer) => answer.status), role).toEqual([403, 403, 403, 403, 403, 403, 403, 403])
      const viaGraphql = await graphql('{ Subscribers { docs { email } } }', { token })
      expect(JSON.stringify(viaGraphql.body)).not.toContain(target.email)
    }
    expect((await stored(target.id)).status).toBe('pending')
    expect((await rest('GET', `/subscribers/${target.id}`, { token: adminToken })).status).toBe(200)
  })
})

describe('nobody confirms a subscriber by hand', () => {
  it('refuses an admin creating one confirmed or confirming one, by REST, bulk, GraphQL and the Local API with a user', async () => {
    const created = await rest('POST', '/subscribers', { token: adminToken, json: { email: `c-${unique()}@example.com`, language: 'zh', status: 'confirmed' } })
    expect(created.status).toBe(403)
    const target = await subscriber()
    expect((await rest('PATCH', `/subscribers/${target.id}`, { token: adminToken, json: { status: 'confirmed' } })).status).toBe(403)
    const bulk = await rest('PATCH', `/subscribers?where[id][equals]=${target.id}`, { token: adminToken, json: { status: 'confirmed' } })
    expect(bulk.status).not.toBe(200)
    const viaGraphql = await graphql(`mutation($id: Int!) { updateSubscriber(id: $id, data: { status: confirmed }) { status } }`, { token: adminToken, variables: { id: target.id } })
    expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/本人确认链接/)
    const local = await payload
      .update({ collection: SLUGS.subscribers, id: target.id, data: { status: 'confirmed' }, overrideAccess: false, user: admin })
      .then(() => 'saved', (error: { status?: number }) => error.status)
    expect(local).toBe(403)
    const forged = await rest('PATCH', `/subscribers/${target.id}`, { token: adminToken, json: { consent: { evidence: 'said yes on the phone', confirmedAt: new Date().toISOString() } } })
    expect(forged.status).toBe(403)
    expect(await stored(target.id)).toMatchObject({ status: 'pending', consent: { evidence: null, confirmedAt: null } })
  })

  it('lets an admin unsubscribe someone, but not move a confirmed subscriber to another address', async () => {
    const target = await subscriber('confirmed')
    expect((await rest('PATCH', `/subscribers/${target.id}`, { token: adminToken, json: { email: `other-${unique()}@example.com` } })).status).toBe(403)
    expect((await rest('PATCH', `/subscribers/${target.id}`, { token: adminToken, json: { status: 'unsubscribed' } })).status).toBe(200)
    expect((await rest('PATCH', `/subscribers/${target.id}`, { token: adminToken, json: { status: 'confirmed' } })).status).toBe(403)
  })

  it('confirms CSV rows only with their consent stated, kept in the consent record with the admin who imported them', async () => {
    const [withConsent, without] = [`csv-${unique()}@example.com`, `csv-${unique()}@example.com`]
    const report = await csvImport(adminToken, `email,newsletters,status,consent\n${withConsent},${newsletter.slug},,signed up at the 2025 forum\n${without},${newsletter.slug},confirmed,\n`)
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({ created: 1, invalid: [{ line: 3, reason: expect.stringContaining('consent') }] })
    const row = (await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: withConsent } }, depth: 0 })).docs[0]
    expect(row).toMatchObject({ status: 'confirmed', source: 'csv-import', consent: { form: 'csv-import', evidence: 'signed up at the 2025 forum', recordedBy: admin.id } })
    expect((await payload.count({ collection: SLUGS.subscribers, where: { email: { equals: without } } })).totalDocs).toBe(0)
  })
})

describe('a known address through the public form', () => {
  it('answers the same 202 as for a new one, changes nothing, and adds the newsletter only when its owner follows the link', async () => {
    const second = await createNewsletter(payload)
    const target = await subscriber('confirmed')
    const before = await stored(target.id)
    const known = await subscribe({ email: target.email, newsletter: second.slug, locale: 'en' })
    const fresh = await subscribe({ email: `new-${unique()}@example.com`, newsletter: second.slug })
    expect([known.status, fresh.status]).toEqual([202, 202])
    expect(known.body).toEqual(fresh.body)
    expect(await stored(target.id)).toEqual(before)

    const mail = mailbox().filter((item) => item.to.includes(target.email)).at(-1)
    const token = /\/subscribe\/confirm\?token=([A-Za-z0-9._%-]+)/.exec(decodedBodies(mail?.raw ?? ''))?.[1]
    expect(token).toBeTruthy()
    const forged = decodeURIComponent(token ?? '').replace(`.${second.id}.`, `.${second.id}-${newsletter.id}.`)
    expect(await confirmSubscription(payload, forged)).toEqual({ ok: false, reason: 'invalid' })
    const outcome = await confirmSubscription(payload, decodeURIComponent(token ?? ''))
    expect(outcome.ok).toBe(true)
    const after = await stored(target.id)
    expect(after.newsletters).toEqual(expect.arrayContaining([newsletter.id, second.id]))
    expect(after).toMatchObject({ status: 'confirmed', language: 'en' })
  })

  it('brings an unsubscribed address back only through its own link', async () => {
    const target = await subscriber('unsubscribed')
    expect((await subscribe({ email: target.email })).status).toBe(202)
    expect((await stored(target.id)).status).toBe('unsubscribed')
    const mail = mailbox().filter((item) => item.to.includes(target.email)).at(-1)
    const token = /\/subscribe\/confirm\?token=([A-Za-z0-9._%-]+)/.exec(decodedBodies(mail?.raw ?? ''))?.[1]
    // The form named no newsletter: the link asks for all of them in one short word, however many exist.
    expect(decodeURIComponent(token ?? '')).toContain('.all.')
    expect((await confirmSubscription(payload, decodeURIComponent(token ?? ''))).ok).toBe(true)
    const back = await stored(target.id)
    expect(back.status).toBe('confirmed')
    expect(back.newsletters).toHaveLength((await payload.count({ collection: SLUGS.newsletters })).totalDocs)
  })
})
