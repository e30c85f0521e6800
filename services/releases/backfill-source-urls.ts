import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { storedReleaseSourceUrls } from '../../src/release/release-index'
import { eachPendingById } from '../payload/each-pending-by-id'

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
export function backfillReleaseSourceUrls(payload: Payload): Promise<number> {
  const where = { or: [{ sourceUrlsIndexed: { exists: false } }, { sourceUrlsIndexed: { equals: false } }] }
  return eachPendingById(payload, { collection: SLUGS.releases, where, select: { content: true }, batch: BATCH }, (release: { id: number | string; content?: unknown }) =>
    payload.update({
      collection: SLUGS.releases,
      id: release.id,
      data: { sourceUrls: storedReleaseSourceUrls(release.content), sourceUrlsIndexed: true },
      context: backfillContext(),
      depth: 0,
      overrideAccess: true,
    }),
  )
}
