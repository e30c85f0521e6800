import type { AdminLanguage } from '../i18n/admin-language'
import { sayIn } from '../i18n/say'

/** The two ways a subscriber's consent is recorded; the code that records it names itself in the request context. */
export const CONSENT_SOURCE_KEY = 'subscriberConsent'
export const CONSENT_SOURCES = ['confirmation-link', 'csv-import'] as const
export type ConsentSource = (typeof CONSENT_SOURCES)[number]

export const isConsentSource = (value: unknown): value is ConsentSource => (CONSENT_SOURCES as readonly unknown[]).includes(value)

type ConsentRecord = Record<string, unknown> | null | undefined
type SubscriberShape = { email?: unknown; status?: unknown; consent?: ConsentRecord }

const CONSENT_FIELDS = ['at', 'form', 'ipHash', 'confirmedAt', 'evidence', 'recordedBy'] as const
const comparable = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'object' && 'id' in value) return String((value).id)
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)
  const time = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN
  return Number.isNaN(time) ? text : new Date(time).toISOString()
}

/**
 * Why a person's save of a subscriber must be refused, or null: it makes a subscriber confirmed
 * (created so, or changed to it), changes the address of a confirmed one (the consent was the old
 * address's), or writes the consent record. Saves that send the record back unchanged (the admin
 * form sends every field) pass.
 */
export function consentChangeRefusal({
  operation,
  before,
  after,
  language = 'zh',
}: {
  operation: 'create' | 'update'
  before: SubscriberShape | null
  after: SubscriberShape
  /** The language of the reason (the request's); Chinese by default. */
  language?: AdminLanguage
}): string | null {
  const say = sayIn(language)
  const wasConfirmed = operation === 'update' && before?.status === 'confirmed'
  if (after.status === 'confirmed' && !wasConfirmed) {
    return say(
      '订阅者只能通过本人确认链接或注明同意来源的 CSV 导入成为“已确认”。',
      'A subscriber is confirmed only by following their own confirmation link, or by an admin’s CSV import that states where they consented.',
    )
  }
  if (wasConfirmed && after.email !== undefined && comparable(after.email).toLowerCase() !== comparable(before?.email).toLowerCase()) {
    return say(
      '已确认订阅者的邮箱不能修改，新地址需自行订阅并确认。',
      'The address of a confirmed subscriber cannot be changed: the new address must subscribe and confirm itself.',
    )
  }
  if (after.consent !== undefined) {
    const changed = CONSENT_FIELDS.filter((field) => comparable(after.consent?.[field]) !== comparable(operation === 'update' ? before?.consent?.[field] : undefined))
    if (changed.length > 0) {
      return say('同意记录只能由订阅者本人确认或 CSV 导入写入，不能手动修改。', `The consent record is written only by the subscriber’s confirmation or a CSV import (consent.${changed[0]}).`)
    }
  }
  return null
}
