import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { storedReleaseSourceUrls } from '../../src/release/release-index'

/*
 * Releases written before `sourceUrls` existed (or restored from such a dump) carry no source URLs, so
 * the check for sources an earlier issue cited (src/checks/cited-before.ts) would not see them. At
 * start-up, on every adapter, each release not yet marked `sourceUrlsIndexed` gets the URLs derived
 * from its own signed content, once. It is the only write to a release besides handing over `latest`:
 * the immutability hook lets it through only with this context (server code only: `req.context`
 * cannot be set over REST, GraphQL or the admin), with no user, changing nothing but these two fields,
 * and with exactly the URLs the stored content gives.
 */
const BACKFILL = 'zhikuReleaseSourceUrlsBackfill'

const backfillContext = (): RequestContext => ({ [BACKFILL]: true, disableRevalidate: true })

export const isSourceUrlsBackfill = (req: PayloadRequest): boolean => req.context?.[BACKFILL] === true && !req.user

const BATCH = 100

/** Back-fills `sourceUrls` of releases written without them; one read when there is nothing to do. Answers how many. */
export async function backfillReleaseSourceUrls(payload: Payload): Promise<number> {
  let done = 0
  // Onwards by id, so a row the write leaves unchanged cannot be read again forever.
  let after: number | string | undefined
  for (;;) {
    const pending = await payload.find({
      collection: SLUGS.releases,
      where: after === undefined ? { or: [{ sourceUrlsIndexed: { exists: false } }, { sourceUrlsIndexed: { equals: false } }] } : { and: [{ or: [{ sourceUrlsIndexed: { exists: false } }, { sourceUrlsIndexed: { equals: false } }] }, { id: { greater_than: after } }] },
      select: { content: true },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const release of pending.docs) {
      await payload.update({
        collection: SLUGS.releases,
        id: release.id,
        data: { sourceUrls: storedReleaseSourceUrls(release.content), sourceUrlsIndexed: true },
        context: backfillContext(),
        depth: 0,
        overrideAccess: true,
      })
    }
    done += pending.docs.length
    after = pending.docs.at(-1)?.id
    if (pending.docs.length < BATCH) return done
  }
}
