import { type IdKind, parseDocumentId } from '../security/document-id'
import { LEAD_STATUSES, type LeadStatus } from './vocabulary'

/** The inbox's filters as the admin's address bar carries them (`/admin/inbox?status=new&q=…`). */
export type InboxFilters = {
  thinkTank?: number | string
  status?: LeadStatus
  /** `YYYY-MM-DD`, inclusive, on the report's publication date. */
  from?: string
  /** `YYYY-MM-DD`, inclusive. */
  to?: string
  /** Words in Chinese or English, matched in the title, summary, authors, URL and think-tank names. */
  q?: string
  page: number
}

type Operand = {
  equals?: number | string
  like?: string
  greater_than_equal?: string
  less_than?: string
}
type Condition = { [field: string]: Operand }
/** A Payload `where` clause (structurally), built without importing Payload. */
export type InboxWhere = { and: (Condition | { or: Condition[] })[] }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
export const MAX_QUERY_LENGTH = 200

/** `2025-03-14` when it names a real day, otherwise nothing. */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = DAY.exec(value.trim())
  if (!match) return undefined
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value.trim() ? value.trim() : undefined
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** Reads the filters from search params; anything malformed is left out rather than refused. */
export function parseInboxFilters(params: Record<string, string | string[] | undefined>, idKind: IdKind): InboxFilters {
  const filters: InboxFilters = { page: 1 }
  const thinkTank = parseDocumentId(first(params.thinkTank), idKind)
  if (thinkTank.ok) filters.thinkTank = thinkTank.id
  const status = first(params.status)
  const known = LEAD_STATUSES.find((value) => value === status)
  if (known) filters.status = known
  const from = parseDay(first(params.from))
  const to = parseDay(first(params.to))
  if (from) filters.from = from
  if (to) filters.to = to
  const q = first(params.q)?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  if (q) filters.q = q
  const page = Number(first(params.page))
  if (Number.isSafeInteger(page) && page > 1) filters.page = page
  return filters
}

/** The day after `day` (`YYYY-MM-DD`), so "to" can include the whole of its day. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** The `where` of the inbox's lead query: every filter given, all of them must hold. */
export function inboxWhere(filters: InboxFilters): InboxWhere {
  const and: InboxWhere['and'] = []
  if (filters.thinkTank !== undefined) and.push({ thinkTank: { equals: filters.thinkTank } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (filters.from) and.push({ publishedAt: { greater_than_equal: `${filters.from}T00:00:00.000Z` } })
  if (filters.to) and.push({ publishedAt: { less_than: `${nextDay(filters.to)}T00:00:00.000Z` } })
  if (filters.q) {
    const like = { like: filters.q }
    and.push({
      or: [
        { title: like },
        { summary: like },
        { url: like },
        { 'authors.name': like },
        { 'thinkTank.name': like },
        { 'thinkTank.nameEn': like },
        { 'thinkTank.acronym': like },
      ],
    })
  }
  return { and }
}

/** The search params that reproduce `filters` on another page (for pagination links). */
export function inboxSearch(filters: InboxFilters, page: number): string {
  const params = new URLSearchParams()
  if (filters.thinkTank !== undefined) params.set('thinkTank', String(filters.thinkTank))
  if (filters.status) params.set('status', filters.status)
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (filters.q) params.set('q', filters.q)
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
