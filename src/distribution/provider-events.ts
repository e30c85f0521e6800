import { parseEmail } from './email-address'

export type ProviderEvent = { type: 'bounce' | 'complaint'; email: string }

/**
 * The body of `POST /api/subscribers/events`: a JSON array of `{ "type": "bounce" | "complaint",
 * "email": "…" }` (at most 1,000 per request). Anything else is refused whole, so nothing half-applies.
 */
export function parseProviderEvents(body: unknown): { ok: true; events: ProviderEvent[] } | { ok: false; reason: string } {
  if (!Array.isArray(body)) return { ok: false, reason: 'Send a JSON array of { "type": "bounce" | "complaint", "email": "…" }.' }
  if (body.length > 1000) return { ok: false, reason: 'At most 1,000 events per request.' }
  const events: ProviderEvent[] = []
  for (const [index, item] of body.entries()) {
    const { type, email } = (item ?? {}) as { type?: unknown; email?: unknown }
    if (type !== 'bounce' && type !== 'complaint') return { ok: false, reason: `Event ${index}: type must be "bounce" or "complaint".` }
    const address = parseEmail(email)
    if (!address) return { ok: false, reason: `Event ${index}: email is not a valid address.` }
    events.push({ type, email: address })
  }
  return { ok: true, events }
}
