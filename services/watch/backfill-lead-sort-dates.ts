import type { Payload } from 'payload'

import { SLUGS } from '../../src/collection-slugs'

const BATCH = 200

/**
 * Leads stored before `sortAt` existed get it (the leads' hook fills it on every write: the
 * publication date, else when the lead was first seen); one read when there is nothing to do.
 * System bookkeeping at start-up: no person acts. Answers how many leads it filled.
 */
export async function backfillLeadSortDates(payload: Payload): Promise<number> {
  let done = 0
  // Onwards by id, so a row the write leaves unchanged cannot be read again forever.
  let after: number | string | undefined
  for (;;) {
    const pending = await payload.find({
      collection: SLUGS.leads,
      where: after === undefined ? { sortAt: { exists: false } } : { and: [{ sortAt: { exists: false } }, { id: { greater_than: after } }] },
      select: { sortAt: true },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const lead of pending.docs) {
      await payload.update({ collection: SLUGS.leads, id: lead.id, data: {}, depth: 0, overrideAccess: true })
    }
    done += pending.docs.length
    after = pending.docs.at(-1)?.id
    if (pending.docs.length < BATCH) return done
  }
}
