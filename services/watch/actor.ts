import type { PayloadRequest, RequestContext } from 'payload'

import type { User } from '../../payload-types'

/*
 * Who a watch-desk write is for: a person (the poll endpoint, the from-url and start-article
 * endpoints: their access applies) or the system (the scheduled job, the CLI: no person acts).
 */
export type WatchActor = { user: User } | { system: true }

export const SYSTEM_ACTOR: WatchActor = { system: true }

/** Local API options for the actor: the person's access, or none to check for the system's own job. */
export const actorAccess = (actor: WatchActor) =>
  'user' in actor ? ({ overrideAccess: false, user: actor.user } as const) : ({ overrideAccess: true } as const)

/*
 * The fetcher's own writes to a feed (health, validators, schedule). Those fields refuse every other
 * write (collections/fields/fetcher-field.ts); `req.context` exists only on the server.
 */
const FETCHER_WRITE = 'zhikuWatchFetcherWrite'

export const fetcherWriteContext = (): RequestContext => ({ [FETCHER_WRITE]: true })

export const isFetcherWrite = (req: PayloadRequest): boolean => req.context?.[FETCHER_WRITE] === true
