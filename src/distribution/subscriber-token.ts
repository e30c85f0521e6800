import { createHmac, timingSafeEqual } from 'node:crypto'

/*
 * Links in subscription mail carry a signed token instead of a session: `<purpose>.<id>.<expires>.<mac>`,
 * HMAC-SHA256 under a key derived from PAYLOAD_SECRET. The purpose is signed too, so a confirmation
 * token cannot be used to unsubscribe and the other way round.
 */
export type TokenPurpose = 'confirm' | 'manage'

const DAY = 24 * 60 * 60

/** Confirmation links work for a week; unsubscribe and preference links for two years of old mail. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = { confirm: 7 * DAY, manage: 730 * DAY }

const keyFor = (secret: string) => createHmac('sha256', secret).update('zhiku:subscriber-token').digest()

const macOf = (secret: string, payload: string) => createHmac('sha256', keyFor(secret)).update(payload).digest('base64url')

export function signSubscriberToken(secret: string, purpose: TokenPurpose, subscriberId: string | number, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS[purpose]
  const payload = `${purpose}.${String(subscriberId)}.${expires}`
  return `${payload}.${macOf(secret, payload)}`
}

export type TokenCheck = { ok: true; subscriberId: string } | { ok: false; reason: 'malformed' | 'invalid' | 'expired' }

export function verifySubscriberToken(secret: string, purpose: TokenPurpose, token: unknown, now: Date): TokenCheck {
  if (typeof token !== 'string' || token.length > 300) return { ok: false, reason: 'malformed' }
  const match = /^(confirm|manage)\.([A-Za-z0-9-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, tokenPurpose, id, expires, mac] = match as unknown as [string, string, string, string, string]
  const expected = Buffer.from(macOf(secret, `${tokenPurpose}.${id}.${expires}`))
  if (tokenPurpose !== purpose || !timingSafeEqual(expected, Buffer.from(mac))) return { ok: false, reason: 'invalid' }
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, subscriberId: id }
}

/** A client address as stored with a consent: salted SHA-256, never the address itself. */
export const hashClientAddress = (secret: string, address: string): string =>
  createHmac('sha256', keyFor(secret)).update(`ip:${address}`).digest('hex')

/*
 * A known address asking for more newsletters (or to come back): nothing changes until the owner
 * follows the link, so the request itself travels in the signed token —
 * `join.<id>.<newsletter ids joined by "-", "none", or "all">.<zh|en>.<expires>.<mac>` — and is applied then.
 * "all" (the form named no newsletter) stays short however many newsletters there are.
 */
export type JoinRequest = { subscriberId: string; newsletters: string[] | 'all'; language: 'zh' | 'en' }

const listOf = (newsletters: JoinRequest['newsletters']): string =>
  newsletters === 'all' ? 'all' : newsletters.length > 0 ? newsletters.join('-') : 'none'

export function signJoinToken(secret: string, request: JoinRequest, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS.confirm
  const payload = `join.${request.subscriberId}.${listOf(request.newsletters)}.${request.language}.${expires}`
  return `${payload}.${macOf(secret, payload)}`
}

export type JoinCheck = { ok: true; request: JoinRequest } | { ok: false; reason: 'malformed' | 'invalid' | 'expired' }

export function verifyJoinToken(secret: string, token: unknown, now: Date): JoinCheck {
  if (typeof token !== 'string' || token.length > 2000) return { ok: false, reason: 'malformed' }
  const match = /^join\.([A-Za-z0-9-]{1,64})\.(none|all|[A-Za-z0-9]{1,64}(?:-[A-Za-z0-9]{1,64}){0,100})\.(zh|en)\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, id, list, language, expires, mac] = match as unknown as [string, string, string, 'zh' | 'en', string, string]
  const expected = Buffer.from(macOf(secret, `join.${id}.${list}.${language}.${expires}`))
  if (!timingSafeEqual(expected, Buffer.from(mac))) return { ok: false, reason: 'invalid' }
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, request: { subscriberId: id, newsletters: list === 'all' ? 'all' : list === 'none' ? [] : list.split('-'), language } }
}
