import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

import { parseEmail } from './email-address'

export const SUBSCRIBER_LANGUAGES = ['zh', 'en'] as const
export type SubscriberLanguage = (typeof SUBSCRIBER_LANGUAGES)[number]
export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'suppressed'] as const
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]

/** `consent`: where a confirmed row's consent was given (a form elsewhere, a signed sheet); kept in its consent record. */
export type ImportRow = { line: number; email: string; language: SubscriberLanguage; newsletters: string[]; status: SubscriberStatus; consent: string }
export type ImportProblem = { line: number; value: string; reason: string }
export type ParsedImport = { rows: ImportRow[]; problems: ImportProblem[]; duplicatesInFile: number }

const isLanguage = (value: string): value is SubscriberLanguage => (SUBSCRIBER_LANGUAGES as readonly string[]).includes(value)

/**
 * A subscriber CSV: a header row with `email` and optionally `language` (zh/en), `newsletters`
 * (slugs separated by spaces or `;`), `status` and `consent` (where the subscriber consented, e.g.
 * "signed up at the 2025 forum"). A row is confirmed only with its consent stated: `status` defaults
 * to confirmed when `consent` is filled in and to pending otherwise, and a confirmed row without
 * `consent` is refused. Invalid addresses are reported by line; an address listed twice is taken once.
 */
export function parseSubscriberCsv(text: string): ParsedImport {
  let records: Record<string, string>[]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { rows: [], problems: [{ line: 0, value: '', reason: `Not a readable CSV file: ${message}` }], duplicatesInFile: 0 }
  }
  const rows: ImportRow[] = []
  const problems: ImportProblem[] = []
  const seen = new Set<string>()
  let duplicatesInFile = 0
  records.forEach((record, index) => {
    const line = index + 2
    const raw = record.email ?? ''
    const email = parseEmail(raw)
    if (!email) {
      problems.push({ line, value: raw, reason: raw ? 'not a valid email address' : 'no email column value' })
      return
    }
    const language = (record.language ?? '').toLowerCase() || 'zh'
    if (!isLanguage(language)) {
      problems.push({ line, value: record.language ?? '', reason: 'language must be zh or en' })
      return
    }
    const consent = (record.consent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)
    const status = (record.status ?? '').toLowerCase() || (consent ? 'confirmed' : 'pending')
    if (!(SUBSCRIBER_STATUSES as readonly string[]).includes(status)) {
      problems.push({ line, value: record.status ?? '', reason: 'status must be pending, confirmed, unsubscribed or suppressed' })
      return
    }
    if (status === 'confirmed' && !consent) {
      problems.push({ line, value: email, reason: 'a confirmed subscriber needs `consent`: where they agreed to receive the newsletter' })
      return
    }
    if (seen.has(email)) {
      duplicatesInFile += 1
      return
    }
    seen.add(email)
    const newsletters = (record.newsletters ?? '').split(/[\s;]+/).filter(Boolean)
    rows.push({ line, email, language, newsletters, status: status as SubscriberStatus, consent })
  })
  if (records.length > 0 && !('email' in (records[0] ?? {}))) {
    return { rows: [], problems: [{ line: 1, value: '', reason: 'The first row must name the columns, with an `email` column.' }], duplicatesInFile: 0 }
  }
  return { rows, problems, duplicatesInFile }
}

export type ExportRow = { email: string; status: string; language: string; newsletters: string[]; source: string; consentedAt: string; consentForm: string }

/** A cell a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
const inertCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

export const subscriberCsv = (rows: readonly ExportRow[]): string =>
  stringify(
    rows.map((row) => Object.fromEntries(Object.entries({ ...row, newsletters: row.newsletters.join(';') }).map(([key, value]) => [key, inertCell(value)]))),
    { header: true, columns: ['email', 'status', 'language', 'newsletters', 'source', 'consentedAt', 'consentForm'] },
  )
