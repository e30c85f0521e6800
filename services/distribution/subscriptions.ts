import type { Payload, Where } from 'payload'

import type { Subscriber } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { CONSENT_SOURCE_KEY } from '../../src/distribution/consent'
import { parseEmail } from '../../src/distribution/email-address'
import { subscribeLimitReached, SUBSCRIBE_WINDOW_MS } from '../../src/distribution/rate-limit'
import { hashClientAddress, signJoinToken, verifyJoinToken, verifySubscriberToken, type TokenPurpose } from '../../src/distribution/subscriber-token'
import { AS_SYSTEM } from '../payload/as-system'
import { publicOrigin } from './settings'
import { subscriberLinks } from './subscriber-links'

/*
 * What readers do with their subscription, without an account: ask (double opt-in), confirm,
 * unsubscribe and change preferences through signed links. No person is signed in here, so these
 * act as the system on the one subscriber record the request or token names.
 */

export type SubscribeRequest = { email: unknown; newsletter?: unknown; locale?: unknown; clientAddress: string; form: string; source: string }
export type SubscribeOutcome = { kind: 'accepted' } | { kind: 'invalid'; message: string } | { kind: 'rate-limited'; message: string }

async function newsletterIds(payload: Payload, slug: unknown): Promise<(string | number)[] | null> {
  if (slug !== undefined && slug !== null && slug !== '' && typeof slug !== 'string') return null
  const found = await payload.find({
    collection: SLUGS.newsletters,
    where: typeof slug === 'string' && slug !== '' ? { slug: { equals: slug } } : {},
    select: { slug: true },
    pagination: false,
    ...AS_SYSTEM,
  })
  if (typeof slug === 'string' && slug !== '' && found.docs.length === 0) return null
  return found.docs.map((doc) => doc.id)
}

async function sendConfirmation(payload: Payload, subscriber: Pick<Subscriber, 'id' | 'email' | 'language'>, confirmUrl = subscriberLinks(payload, subscriber.id).confirmUrl()): Promise<void> {
  const en = subscriber.language === 'en'
  await payload.sendEmail({
    to: subscriber.email,
    subject: en ? 'Confirm your subscription · 智库观察' : '请确认订阅 · 智库观察',
    text: en
      ? `Please confirm that you want the newsletter at this address:\n\n${confirmUrl}\n\nThe link works for 7 days. If you did not ask for it, ignore this email.\n`
      : `请点击以下链接确认订阅：\n\n${confirmUrl}\n\n链接 7 天内有效。如果不是你本人申请，请忽略本邮件。\n`,
  })
}

/** The confirmation link for a known address: the request travels signed in it, and nothing changes until it is followed. */
const joinUrl = (payload: Payload, subscriberId: number | string, newsletters: readonly (number | string)[] | 'all', language: 'zh' | 'en', now: Date) =>
  `${publicOrigin()}/subscribe/confirm?token=${encodeURIComponent(signJoinToken(payload.secret, { subscriberId: String(subscriberId), newsletters: newsletters === 'all' ? 'all' : newsletters.map(String), language }, now))}`

/**
 * `POST /api/subscribers/subscribe` and the /subscribe form. Answers the same whether or not the
 * address is known; a new address is created pending and gets a confirmation mail; a known one is
 * left as it is and gets a link that adds the newsletters (and the language) when followed; a
 * suppressed one (bounces, complaints) gets nothing.
 */
export async function requestSubscription(payload: Payload, request: SubscribeRequest, now = new Date()): Promise<SubscribeOutcome> {
  const email = parseEmail(request.email)
  if (!email) return { kind: 'invalid', message: 'Give a valid email address. 请填写有效的邮箱地址。' }
  const locale = request.locale ?? 'zh'
  if (locale !== 'zh' && locale !== 'en') return { kind: 'invalid', message: 'locale must be "zh" or "en".' }
  const newsletters = await newsletterIds(payload, request.newsletter)
  if (!newsletters) return { kind: 'invalid', message: 'No such newsletter. 没有这个专栏。' }

  const emailHash = hashClientAddress(payload.secret, `email:${email}`)
  const clientHash = hashClientAddress(payload.secret, request.clientAddress)
  const since = new Date(now.getTime() - SUBSCRIBE_WINDOW_MS).toISOString()
  const count = async (field: 'emailHash' | 'clientHash', value: string) =>
    (await payload.count({ collection: SLUGS.subscribeAttempts, where: { and: [{ [field]: { equals: value } }, { createdAt: { greater_than: since } }] }, overrideAccess: true })).totalDocs
  const [address, client] = await Promise.all([count('emailHash', emailHash), count('clientHash', clientHash)])
  const limit = subscribeLimitReached({ address, client })
  if (limit) return { kind: 'rate-limited', message: 'Too many subscription requests; try again in an hour. 请求过于频繁，请一小时后再试。' }
  await payload.create({ collection: SLUGS.subscribeAttempts, data: { emailHash, clientHash }, ...AS_SYSTEM })

  const consent = { at: now.toISOString(), form: request.form, ipHash: clientHash }
  const existing = (await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: email } }, limit: 1, ...AS_SYSTEM })).docs[0]
  if (!existing) {
    const created = await payload.create({
      collection: SLUGS.subscribers,
      data: { email, newsletters: newsletters as number[], language: locale, status: 'pending', consent, source: request.source },
      ...AS_SYSTEM,
    })
    await sendConfirmation(payload, created)
    return { kind: 'accepted' }
  }
  if (existing.status === 'suppressed') return { kind: 'accepted' }
  // A known address (pending, confirmed or unsubscribed): nothing changes now — anyone can type an
  // address into the form. Its owner gets a link that carries the request and applies it when followed.
  // No newsletter named means every one: said as "all" in the link, which stays short however many there are.
  const named = typeof request.newsletter === 'string' && request.newsletter !== ''
  await sendConfirmation(payload, { ...existing, language: locale }, joinUrl(payload, existing.id, named ? newsletters : 'all', locale, now))
  return { kind: 'accepted' }
}

export type TokenOutcome = { ok: true; subscriber: Subscriber } | { ok: false; reason: 'invalid' | 'expired' }

async function subscriberFromToken(payload: Payload, purpose: TokenPurpose, token: unknown, now: Date): Promise<TokenOutcome> {
  const check = verifySubscriberToken(payload.secret, purpose, token, now)
  if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' }
  const id = payload.db.defaultIDType === 'number' ? Number(check.subscriberId) : check.subscriberId
  const found = await payload.find({ collection: SLUGS.subscribers, where: { id: { equals: id } }, limit: 1, ...AS_SYSTEM })
  const subscriber = found.docs[0]
  return subscriber ? { ok: true, subscriber } : { ok: false, reason: 'invalid' }
}

/** The newsletters a join link asks for that still exist ("all": every newsletter now). */
async function askedNewsletters(payload: Payload, newsletters: string[] | 'all') {
  const where: Where = newsletters === 'all' ? {} : { id: { in: newsletters.map((value) => (payload.db.defaultIDType === 'number' ? Number(value) : value)) } }
  const existing = await payload.find({ collection: SLUGS.newsletters, where, select: { slug: true }, pagination: false, ...AS_SYSTEM })
  return existing.docs.map((doc) => doc.id)
}

/** A known address's own link (join token): the newsletters it asked for are added (or, after unsubscribing, become its list) and it is confirmed. */
async function applyJoin(payload: Payload, token: unknown, now: Date): Promise<TokenOutcome> {
  const check = verifyJoinToken(payload.secret, token, now)
  if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' }
  const id = payload.db.defaultIDType === 'number' ? Number(check.request.subscriberId) : check.request.subscriberId
  const subscriber = (await payload.find({ collection: SLUGS.subscribers, where: { id: { equals: id } }, limit: 1, ...AS_SYSTEM })).docs[0]
  if (!subscriber) return { ok: false, reason: 'invalid' }
  if (subscriber.status === 'suppressed') return { ok: true, subscriber }
  const known = (subscriber.newsletters ?? []).map((item) => (typeof item === 'object' ? item.id : item))
  const asked = await askedNewsletters(payload, check.request.newsletters)
  const newsletters = subscriber.status === 'unsubscribed' ? asked : [...new Set([...known, ...asked])]
  const consent = subscriber.status === 'confirmed' ? { ...subscriber.consent } : { at: now.toISOString(), form: 'confirmation-link', confirmedAt: now.toISOString() }
  const updated = await payload.update({
    collection: SLUGS.subscribers,
    id: subscriber.id,
    data: { newsletters: newsletters, language: check.request.language, status: 'confirmed', consent: { ...consent, confirmedAt: consent.confirmedAt ?? now.toISOString() } },
    ...AS_SYSTEM,
    context: { [CONSENT_SOURCE_KEY]: 'confirmation-link' },
  })
  return { ok: true, subscriber: updated }
}

/** `GET /subscribe/confirm?token=…`: a pending subscriber becomes confirmed; a known address's join link is applied. */
export async function confirmSubscription(payload: Payload, token: unknown, now = new Date()): Promise<TokenOutcome> {
  if (typeof token === 'string' && token.startsWith('join.')) return applyJoin(payload, token, now)
  const found = await subscriberFromToken(payload, 'confirm', token, now)
  if (!found.ok || found.subscriber.status !== 'pending') return found
  const subscriber = await payload.update({
    collection: SLUGS.subscribers,
    id: found.subscriber.id,
    data: { status: 'confirmed', consent: { ...found.subscriber.consent, confirmedAt: now.toISOString() } },
    ...AS_SYSTEM,
    context: { [CONSENT_SOURCE_KEY]: 'confirmation-link' },
  })
  return { ok: true, subscriber }
}

/** One-click unsubscribe (RFC 8058) and the unsubscribe page's button. */
export async function unsubscribe(payload: Payload, token: unknown, now = new Date()): Promise<TokenOutcome> {
  const found = await subscriberFromToken(payload, 'manage', token, now)
  if (!found.ok || found.subscriber.status === 'unsubscribed' || found.subscriber.status === 'suppressed') return found
  const subscriber = await payload.update({
    collection: SLUGS.subscribers,
    id: found.subscriber.id,
    data: { status: 'unsubscribed', statusReason: `Unsubscribed by the reader on ${now.toISOString()}` },
    ...AS_SYSTEM,
  })
  return { ok: true, subscriber }
}

export const readSubscription = (payload: Payload, token: unknown, now = new Date()) => subscriberFromToken(payload, 'manage', token, now)

/** The preferences page: which newsletters, which language. Unknown slugs are ignored. */
export async function updatePreferences(
  payload: Payload,
  token: unknown,
  change: { newsletters: string[]; language: unknown },
  now = new Date(),
): Promise<TokenOutcome> {
  const found = await subscriberFromToken(payload, 'manage', token, now)
  if (!found.ok) return found
  const language = change.language === 'en' ? 'en' : 'zh'
  const chosen =
    change.newsletters.length === 0
      ? []
      : (await payload.find({ collection: SLUGS.newsletters, where: { slug: { in: change.newsletters } }, pagination: false, ...AS_SYSTEM })).docs.map((doc) => doc.id)
  const subscriber = await payload.update({ collection: SLUGS.subscribers, id: found.subscriber.id, data: { newsletters: chosen, language }, ...AS_SYSTEM })
  return { ok: true, subscriber }
}

/** Bounce and complaint events from the mail provider: the addresses are suppressed. */
export async function suppressAddresses(payload: Payload, events: readonly { type: 'bounce' | 'complaint'; email: string }[]): Promise<number> {
  let suppressed = 0
  for (const event of events) {
    const found = await payload.find({ collection: SLUGS.subscribers, where: { email: { equals: event.email } }, limit: 1, ...AS_SYSTEM })
    const subscriber = found.docs[0]
    if (!subscriber || subscriber.status === 'suppressed') continue
    await payload.update({ collection: SLUGS.subscribers, id: subscriber.id, data: { status: 'suppressed', statusReason: `Provider reported a ${event.type}` }, ...AS_SYSTEM })
    suppressed += 1
  }
  return suppressed
}
