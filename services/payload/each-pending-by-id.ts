import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

/**
 * Visits, in batches and onwards by id, every document of `collection` matching `where`, as the system
 * (start-up bookkeeping: no person acts); one read when none match. Onwards by id, so a document the
 * visit leaves still matching is never read again. Answers how many it visited.
 */
export async function eachPendingById<T extends { id: number | string }>(
  payload: Payload,
  { collection, where, select, batch }: { collection: CollectionSlug; where: Where; select: SelectType; batch: number },
  visit: (doc: T) => Promise<unknown>,
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
    for (const doc of pending.docs as unknown as T[]) await visit(doc)
    done += pending.docs.length
    after = pending.docs.at(-1)?.id
    if (pending.docs.length < batch) return done
  }
}
