import { type Say, sayIn } from '../checks/say'
import { isRecord } from '../content/is-record'
import { WATCH_MESSAGES } from './watch-messages'

/* Request bodies of the watch desk's endpoints, checked before anything runs. */

type Parsed<T> = { ok: true; body: T } | { ok: false; reason: string }

const isId = (value: unknown): value is string | number =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value))

export function parsePollBody(body: unknown, say: Say = sayIn('en')): Parsed<{ feed?: string | number; force: boolean }> {
  if (body === undefined || body === null) return { ok: true, body: { force: false } }
  if (!isRecord(body)) return { ok: false, reason: WATCH_MESSAGES.pollBodyShape(say) }
  const unknownKeys = Object.keys(body).filter((key) => key !== 'feed' && key !== 'force')
  if (unknownKeys.length > 0) return { ok: false, reason: WATCH_MESSAGES.pollUnknownKeys(say, unknownKeys.join(', ')) }
  if (body.feed !== undefined && body.feed !== null && !isId(body.feed)) return { ok: false, reason: WATCH_MESSAGES.feedNotId(say) }
  if (body.force !== undefined && typeof body.force !== 'boolean') return { ok: false, reason: WATCH_MESSAGES.forceNotBoolean(say) }
  return { ok: true, body: { feed: body.feed ?? undefined, force: body.force === true } }
}

export function parseFromUrlBody(body: unknown, say: Say = sayIn('en')): Parsed<{ url: string; thinkTank?: string | number }> {
  if (!isRecord(body)) return { ok: false, reason: WATCH_MESSAGES.fromUrlBodyShape(say) }
  if (typeof body.url !== 'string' || body.url.trim() === '') return { ok: false, reason: WATCH_MESSAGES.urlRequired(say) }
  if (body.url.length > 2048) return { ok: false, reason: WATCH_MESSAGES.urlTooLong(say) }
  if (body.thinkTank !== undefined && body.thinkTank !== null && !isId(body.thinkTank)) return { ok: false, reason: WATCH_MESSAGES.thinkTankNotId(say) }
  return { ok: true, body: { url: body.url.trim(), thinkTank: body.thinkTank ?? undefined } }
}

/** The host and its parent domains (www. dropped), most specific first: reports.csis.org → csis.org. */
export function domainCandidates(hostname: string): string[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '').split('.')
  const out: string[] = []
  for (let index = 0; index < labels.length - 1; index += 1) out.push(labels.slice(index).join('.'))
  return out
}
