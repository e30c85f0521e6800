import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

type Visit = { collection: CollectionSlug; where: Where; select: SelectType; batch: number }

/**
 * Visits, in batches and onwards by id, every document of `collection` matching `where`, as the system
 * (start-up bookkeeping: no person acts), one batch at a time, so memory stays that of one batch however
 * large the archive; one read when none match. Onwards by id, so a document the visit leaves still
 * matching is never read again. Answers how many it visited.
 */
export async function eachBatchById<T extends { id: number | string }>(
  payload: Payload,
  { collection, where, select, batch }: Visit,
  visit: (docs: T[]) => Promise<unknown>,
): Promise<number> {
  let done = 0
  let after: number | string | undefined
  for (;;) {
    const pending = await payload.find({
      collection,
      where: after === undefined ? where : { and: [where, { id: { greater_than: after } }] },
      select,
      sort: 'id',
      limit: batch,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const docs = pending.docs as unknown as T[]
    if (docs.length > 0) await visit(docs)
    done += docs.length
    after = docs.at(-1)?.id
    if (docs.length < batch) return done
  }
}

/** The same, one document at a time. */
export const eachPendingById = <T extends { id: number | string }>(payload: Payload, options: Visit, visit: (doc: T) => Promise<unknown>): Promise<number> =>
  eachBatchById<T>(payload, options, async (docs) => {
    for (const doc of docs) await visit(doc)
  })
