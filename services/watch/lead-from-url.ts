import { APIError, type Payload } from 'payload'

import type { Lead, User } from '../../payload-types'
import type { Say } from '../../src/checks/say'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { canonicalUrl } from '../../src/watch/canonical-url'
import { decodeBody } from '../../src/watch/encoding'
import type { LeadDraft } from '../../src/watch/lead-draft'
import { readPageMetadata } from '../../src/watch/page-metadata'
import { failure, failureText } from '../../src/watch/watch-failure'
import { domainCandidates } from '../../src/watch/watch-input'
import { WATCH_MESSAGES } from '../../src/watch/watch-messages'
import { hostSlotsOf } from './database-host-slots'
import { FEED_DEADLINE_MS, FetchFailure, safeGet } from './fetcher'
import { findLeadByUrl, upsertLead } from './store-leads'

/** The think tank whose registry domains cover the host (reports.csis.org → csis.org). */
export async function thinkTankForUrl(payload: Payload, url: string, user: User): Promise<Id | undefined> {
  const candidates = domainCandidates(new URL(url).hostname)
  if (candidates.length === 0) return undefined
  const found = await payload.find({ collection: SLUGS.thinkTanks, where: { domains: { in: candidates } }, depth: 0, limit: 10, overrideAccess: false, user })
  // The most specific domain wins (carnegieendowment.org over a shared parent).
  for (const candidate of candidates) {
    const match = found.docs.find((thinkTank) => (thinkTank.domains ?? []).includes(candidate))
    if (match) return match.id
  }
  return undefined
}

const titleFromPath = (url: string): string => {
  const last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '')
  return last.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_]+/g, ' ').trim() || url
}

/**
 * `POST /api/leads/from-url`: reads a report page under the fetcher's rules and makes a lead of it
 * (citation_*, Dublin Core, JSON-LD, OpenGraph), or answers the lead its canonical URL already has.
 */
export async function leadFromUrl(payload: Payload, input: { url: string; thinkTank?: Id }, user: User, say: Say): Promise<{ lead: Lead; created: boolean }> {
  const given = canonicalUrl(input.url)
  if (!given) throw new APIError(WATCH_MESSAGES.notHttpUrl(say, input.url), 400)
  const known = await findLeadByUrl(payload, given, { user })
  if (known) return { lead: known, created: false }
  let draft: LeadDraft
  try {
    const page = await safeGet(given, { signal: AbortSignal.timeout(FEED_DEADLINE_MS), accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5', hostSlots: hostSlotsOf(payload) })
    if (page.status !== 'ok') throw new FetchFailure('http', failure('unexpected-answer', { url: given }))
    const isHtml = /html/i.test(page.contentType ?? '') || /^\s*</.test(page.body.subarray(0, 512).toString('latin1'))
    draft = isHtml
      ? readPageMetadata(decodeBody(page.body, page.contentType).text, page.url)
      : { url: canonicalUrl(page.url) ?? given, title: titleFromPath(page.url), summary: '', authors: [] }
    if (!draft.title) draft.title = titleFromPath(draft.url)
  } catch (error) {
    if (!(error instanceof FetchFailure)) throw error
    // The address itself is refused (private, malformed, not http): the asker's mistake.
    if (error.kind === 'address' || error.kind === 'url') throw new APIError(failureText(error.failure, say), 400)
    throw new APIError(failureText(failure('page-not-read', { detail: failureText(error.failure, say) }), say), 502)
  }
  const thinkTank = input.thinkTank ?? (await thinkTankForUrl(payload, draft.url, user)) ?? (await thinkTankForUrl(payload, given, user))
  return upsertLead(payload, draft, { thinkTank }, { user })
}
