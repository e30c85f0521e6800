import type { NextRequest } from 'next/server'

import { bearerMatches } from '../../../../../src/security/production-secret'
import { parseRevalidateBody } from '../../../../../src/site/revalidate-request'
import { announceToInstances, expireReaderTags, readerCachePurge } from '../../../_data/reader-cache'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/site/revalidate` with `Authorization: Bearer $ZHIKU_REVALIDATE_SECRET` and
 * `{ "tags": [...] }`: expires those reader-page tags on this instance and, through the instance-event
 * channel, on every other instance on the same database. The server's own calls (its internal token:
 * expiring the data cache for an event it heard) expire here only, so an event is never sent back out.
 */
export async function POST(request: NextRequest) {
  const authorization = request.headers.get('authorization')
  const fromOutside = bearerMatches(authorization, process.env.ZHIKU_REVALIDATE_SECRET)
  const fromSelf = bearerMatches(authorization, readerCachePurge()?.internalToken)
  if (!fromOutside && !fromSelf) {
    return refuse(process.env.ZHIKU_REVALIDATE_SECRET ? 401 : 403, process.env.ZHIKU_REVALIDATE_SECRET
      ? 'Send Authorization: Bearer <ZHIKU_REVALIDATE_SECRET>.'
      : 'Revalidation from outside is off: set ZHIKU_REVALIDATE_SECRET on the server to turn it on.')
  }
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) return refuse(415, 'Send the tags as JSON (Content-Type: application/json).')
  let body: unknown
  try {
    body = await request.json()
  } catch (error) {
    return refuse(400, `The body is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = parseRevalidateBody(body)
  if (!parsed.ok) return refuse(400, parsed.message)
  const expiry = expireReaderTags(parsed.tags)
  if (fromOutside && !fromSelf) await announceToInstances(parsed.tags)
  return Response.json({ tags: parsed.tags, expiry })
}
