import { isRecord } from '../content/is-record'

/* Request bodies of the watch desk's endpoints, checked before anything runs. */

type Parsed<T> = { ok: true; body: T } | { ok: false; reason: string }

const isId = (value: unknown): value is string | number =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value))

export function parsePollBody(body: unknown): Parsed<{ feed?: string | number; force: boolean }> {
  if (body === undefined || body === null) return { ok: true, body: { force: false } }
  if (!isRecord(body)) return { ok: false, reason: 'The body must be a JSON object: { "feed"?: id, "force"?: boolean }.' }
  const unknownKeys = Object.keys(body).filter((key) => key !== 'feed' && key !== 'force')
  if (unknownKeys.length > 0) return { ok: false, reason: `Unknown field(s): ${unknownKeys.join(', ')}. Send { "feed"?: id, "force"?: boolean }.` }
  if (body.feed !== undefined && body.feed !== null && !isId(body.feed)) return { ok: false, reason: '"feed" must be a feed id.' }
  if (body.force !== undefined && typeof body.force !== 'boolean') return { ok: false, reason: '"force" must be true or false.' }
  return { ok: true, body: { feed: body.feed ?? undefined, force: body.force === true } }
}

export function parseFromUrlBody(body: unknown): Parsed<{ url: string; thinkTank?: string | number }> {
  if (!isRecord(body)) return { ok: false, reason: 'The body must be a JSON object: { "url": "https://…", "thinkTank"?: id }.' }
  if (typeof body.url !== 'string' || body.url.trim() === '') return { ok: false, reason: '"url" is required: the address of the report page.' }
  if (body.url.length > 2048) return { ok: false, reason: '"url" is longer than 2048 characters.' }
  if (body.thinkTank !== undefined && body.thinkTank !== null && !isId(body.thinkTank)) return { ok: false, reason: '"thinkTank" must be a think tank id.' }
  return { ok: true, body: { url: body.url.trim(), thinkTank: body.thinkTank ?? undefined } }
}

/** The host and its parent domains (www. dropped), most specific first: reports.csis.org → csis.org. */
export function domainCandidates(hostname: string): string[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '').split('.')
  const out: string[] = []
  for (let index = 0; index < labels.length - 1; index += 1) out.push(labels.slice(index).join('.'))
  return out
}
