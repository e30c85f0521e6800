import type { Payload, Where } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { deliveryClaim, type DeliveryCounts, type DeliveryKind, type DeliveryStatus, uncertainBefore } from '../../src/distribution/delivery-status'
import { AS_SYSTEM } from '../payload/as-system'
import type { readAs } from '../workflow/read-as'
import { inParallel } from './in-parallel'

/*
 * The send ledger (collection `deliveries`), written by the sending job as the system: no person acts
 * here. Rows are written through the database adapter's own create/updateOne (adapter-neutral, one
 * statement each): the collection has no hooks, and a send writes two rows per message.
 */

type Id = string | number

/** The confirmed subscribers of a newsletter, a page at a time (ids only). */
export async function confirmedSubscriberIds(payload: Payload, newsletterId: Id): Promise<Id[]> {
  const ids: Id[] = []
  for (let page = 1; ; page += 1) {
    const found = await payload.find({
      collection: SLUGS.subscribers,
      where: { and: [{ status: { equals: 'confirmed' } }, { newsletters: { in: [newsletterId] } }] },
      select: { email: true },
      sort: 'id',
      limit: 1000,
      page,
      ...AS_SYSTEM,
    })
    ids.push(...found.docs.map((doc) => doc.id))
    if (!found.hasNextPage) return ids
  }
}

/** Claims not yet in the ledger get a `queued` row; existing rows are left alone (idempotent). */
export async function enqueueDeliveries(payload: Payload, kind: DeliveryKind, releaseId: Id, subscriberIds: readonly Id[]): Promise<number> {
  const existing = await payload.find({
    collection: SLUGS.deliveries,
    where: { and: [{ release: { equals: releaseId } }, { kind: { equals: kind } }] },
    select: { claim: true },
    pagination: false,
    ...AS_SYSTEM,
  })
  const claimed = new Set(existing.docs.map((doc) => doc.claim))
  let added = 0
  const missing = subscriberIds.filter((subscriberId) => !claimed.has(deliveryClaim(kind, releaseId, subscriberId)))
  // A few inserts in flight at once: the database serialises them, the JavaScript around them overlaps.
  await inParallel(missing, 8, async (subscriberId) => {
    const claim = deliveryClaim(kind, releaseId, subscriberId)
    try {
      const now = new Date().toISOString()
      await payload.db.create({
        collection: SLUGS.deliveries,
        data: { release: releaseId, subscriber: subscriberId, claim, kind, status: 'queued', attempts: 0, createdAt: now, updatedAt: now },
        returning: false,
      })
      added += 1
    } catch (error) {
      // Another run claimed it first (unique claim): that row is the one that counts.
      const again = await payload.count({ collection: SLUGS.deliveries, where: { claim: { equals: claim } }, overrideAccess: true })
      if (again.totalDocs === 0) throw error
    }
  })
  return added
}

/** Queued rows due before `now`, oldest first. */
export async function dueDeliveries(payload: Payload, kind: DeliveryKind, releaseId: Id, now: Date, limit: number) {
  const where: Where = {
    and: [
      { release: { equals: releaseId } },
      { kind: { equals: kind } },
      { status: { equals: 'queued' } },
      { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { equals: null } }, { nextAttemptAt: { less_than: now.toISOString() } }] },
    ],
  }
  const found = await payload.find({ collection: SLUGS.deliveries, where, sort: 'id', limit, ...AS_SYSTEM })
  return found.docs
}

/** When the next queued row of a send is due (after temporary failures), or null when none waits. */
export async function nextRetryAt(payload: Payload, kind: DeliveryKind, releaseId: Id): Promise<Date | null> {
  const found = await payload.find({
    collection: SLUGS.deliveries,
    where: { and: [{ release: { equals: releaseId } }, { kind: { equals: kind } }, { status: { equals: 'queued' } }] },
    sort: 'nextAttemptAt',
    limit: 1,
    ...AS_SYSTEM,
  })
  const next = found.docs[0]
  if (!next) return null
  return next.nextAttemptAt ? new Date(next.nextAttemptAt) : new Date()
}

export async function markDelivery(
  payload: Payload,
  id: Id,
  data: { status: DeliveryStatus; attempts?: number; lastError?: string | null; nextAttemptAt?: string | null; sentAt?: string | null; sendingAt?: string | null },
): Promise<void> {
  await payload.db.updateOne({ collection: SLUGS.deliveries, id, data: { ...data, updatedAt: new Date().toISOString() }, returning: false })
}

const uncertainWhere = (releaseIds: readonly Id[], kind: DeliveryKind, now: Date, staleSeconds: number): Where => ({
  and: [
    { release: { in: [...releaseIds] } },
    { kind: { equals: kind } },
    { status: { equals: 'sending' } },
    { or: [{ sendingAt: { exists: false } }, { sendingAt: { equals: null } }, { sendingAt: { less_than: uncertainBefore(now, staleSeconds).toISOString() } }] },
  ],
})

/** Whose access the counts are read with: the person asking (readAs), or the system's own bookkeeping. */
type ReadAs = ReturnType<typeof readAs> | typeof AS_SYSTEM

/**
 * How a release's mail stands: `{ queued, sent, failed, suppressed, uncertain }` over its issue mail.
 * A message being handed to SMTP right now counts as queued; one whose run died mid-hand-over is uncertain.
 */
export async function deliveryCounts(
  payload: Payload,
  releaseIds: readonly Id[],
  staleSeconds: number,
  { as = AS_SYSTEM, now = new Date(), kind = 'issue' }: { as?: ReadAs; now?: Date; kind?: DeliveryKind } = {},
): Promise<DeliveryCounts> {
  const count = async (where: Where) =>
    releaseIds.length === 0 ? 0 : (await payload.count({ collection: SLUGS.deliveries, where, ...as })).totalDocs
  const byStatus = (status: DeliveryStatus): Where => ({ and: [{ release: { in: [...releaseIds] } }, { kind: { equals: kind } }, { status: { equals: status } }] })
  const [queued, sending, sent, failed, suppressed, uncertain] = await Promise.all([
    count(byStatus('queued')),
    count(byStatus('sending')),
    count(byStatus('sent')),
    count(byStatus('failed')),
    count(byStatus('suppressed')),
    count(uncertainWhere(releaseIds, kind, now, staleSeconds)),
  ])
  return { queued: queued + sending - uncertain, sent, failed, suppressed, uncertain }
}

/**
 * An editor's explicit choice: the uncertain messages of these releases go back to the queue (and
 * out again, with the same Message-ID, so a mail system that kept the first copy can tell). Returns
 * how many were requeued.
 */
export async function requeueUncertain(payload: Payload, releaseIds: readonly Id[], staleSeconds: number, now = new Date(), kind: DeliveryKind = 'issue'): Promise<Id[]> {
  if (releaseIds.length === 0) return []
  const found = await payload.find({ collection: SLUGS.deliveries, where: uncertainWhere(releaseIds, kind, now, staleSeconds), pagination: false, ...AS_SYSTEM })
  const released = new Set<Id>()
  for (const row of found.docs) {
    await markDelivery(payload, row.id, { status: 'queued', sendingAt: null, nextAttemptAt: null, lastError: 'Uncertain after an interrupted send; requeued by an editor.' })
    released.add(typeof row.release === 'object' ? row.release.id : row.release)
  }
  return [...released]
}
