import { type Payload, ValidationError } from 'payload'

import type { Lead } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import type { LeadDraft } from '../../src/watch/lead-draft'
import { toDocumentIdOrNull } from '../payload/document-id'
import { actorAccess, type WatchActor } from './actor'

/*
 * The handler step: one idempotent upsert per report. The canonical URL is unique in the database,
 * so of two polls (in this process or another instance) that see a report at once, one insert wins
 * and the other's unique violation is read as "exists".
 */

export const isUrlClash = (error: unknown): boolean =>
  error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'url')

export type LeadOrigin = { feed?: Id | null; thinkTank?: Id | null }

export const leadData = (draft: LeadDraft, origin: LeadOrigin) => ({
  url: draft.url,
  title: draft.title,
  summary: draft.summary || undefined,
  authors: draft.authors.map((name) => ({ name })),
  publishedAt: draft.publishedAt?.toISOString(),
  thinkTank: toDocumentIdOrNull(origin.thinkTank),
  feed: toDocumentIdOrNull(origin.feed),
  status: 'new' as const,
})

/** The stored lead with this canonical URL, if any. */
export async function findLeadByUrl(payload: Payload, url: string, actor: WatchActor): Promise<Lead | undefined> {
  const found = await payload.find({ collection: SLUGS.leads, where: { url: { equals: url } }, limit: 1, depth: 0, pagination: false, ...actorAccess(actor) })
  return found.docs[0]
}

/** Creates the lead unless its canonical URL is known; answers which it was. */
export async function upsertLead(payload: Payload, draft: LeadDraft, origin: LeadOrigin, actor: WatchActor): Promise<{ lead: Lead; created: boolean }> {
  const existing = await findLeadByUrl(payload, draft.url, actor)
  if (existing) return { lead: existing, created: false }
  try {
    const lead = await payload.create({ collection: SLUGS.leads, data: leadData(draft, origin), depth: 0, ...actorAccess(actor) })
    return { lead, created: true }
  } catch (error) {
    if (!isUrlClash(error)) throw error
    const winner = await findLeadByUrl(payload, draft.url, actor)
    if (!winner) throw error
    return { lead: winner, created: false }
  }
}

/** Stores a feed's entries: one query for those already known, one insert for each new one. */
export async function storeLeads(payload: Payload, drafts: LeadDraft[], origin: LeadOrigin, actor: WatchActor): Promise<{ created: number }> {
  if (drafts.length === 0) return { created: 0 }
  const known = await payload.find({
    collection: SLUGS.leads,
    where: { url: { in: drafts.map((draft) => draft.url) } },
    select: { url: true },
    depth: 0,
    pagination: false,
    ...actorAccess(actor),
  })
  const knownUrls = new Set(known.docs.map((lead) => lead.url))
  let created = 0
  for (const draft of drafts) {
    if (knownUrls.has(draft.url)) continue
    try {
      await payload.create({ collection: SLUGS.leads, data: leadData(draft, origin), depth: 0, ...actorAccess(actor) })
      created += 1
    } catch (error) {
      // Another poll stored it a moment ago: it exists, which is all we wanted.
      if (!isUrlClash(error)) throw error
    }
  }
  return { created }
}
