import type { Payload } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { eachPendingById } from '../payload/each-pending-by-id'

const BATCH = 200

/**
 * Leads stored before `sortAt` existed get it (the leads' hook fills it on every write: the
 * publication date, else when the lead was first seen); one read when there is nothing to do.
 * System bookkeeping at start-up: no person acts. Answers how many leads it filled.
 */
export function backfillLeadSortDates(payload: Payload): Promise<number> {
  return eachPendingById(payload, { collection: SLUGS.leads, where: { sortAt: { exists: false } }, select: { sortAt: true }, batch: BATCH }, (lead: { id: number | string }) =>
    payload.update({ collection: SLUGS.leads, id: lead.id, data: {}, depth: 0, overrideAccess: true }),
  )
}
