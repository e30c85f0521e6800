import { timingSafeEqual } from 'node:crypto'

import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { isAdmin } from '../../src/access/predicates'
import { SLUGS } from '../../src/collection-slugs'
import { parseProviderEvents } from '../../src/distribution/provider-events'
import { parseSubscriberCsv, subscriberCsv, type ExportRow } from '../../src/distribution/subscriber-csv'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '../../src/security/client-address'
import { isJsonContentType } from '../../src/security/content-type'
import { importSubscribers } from './subscriber-import'
import { requestSubscription, suppressAddresses } from './subscriptions'

async function jsonBody(req: PayloadRequest, shape: string): Promise<unknown> {
  if (!isJsonContentType(req.headers.get('content-type'))) throw new APIError('Send the request body as application/json.', 415)
  try {
    return req.json ? await req.json() : undefined
  } catch {
    throw new APIError(`The request body must be JSON: ${shape}.`, 400)
  }
}

const requestClient = (req: PayloadRequest) => clientAddressOf(req.headers.get(CLIENT_ADDRESS_HEADER))

function bearerMatches(header: string | null, secret: string | undefined): boolean {
  if (!secret || !header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The subscriber rows of an export, newest last. */
async function exportRows(req: PayloadRequest): Promise<ExportRow[]> {
  const rows: ExportRow[] = []
  for (let page = 1; ; page += 1) {
    const found = await req.payload.find({ collection: SLUGS.subscribers, sort: 'id', limit: 500, page, depth: 1, req, overrideAccess: false, user: req.user })
    for (const doc of found.docs) {
      rows.push({
        email: doc.email,
        status: doc.status,
        language: doc.language,
        newsletters: (doc.newsletters ?? []).map((item) => (typeof item === 'object' ? item.slug : String(item))),
        source: doc.source ?? '',
        consentedAt: doc.consent?.at ?? '',
        consentForm: doc.consent?.form ?? '',
      })
    }
    if (!found.hasNextPage) return rows
  }
}

export const subscriberEndpoints: Endpoint[] = [
  {
    // Public: the same 202 whether or not the address is known.
    path: '/subscribe',
    method: 'post',
    handler: async (req) => {
      const body = (await jsonBody(req, '{ "email": …, "newsletter"?: slug, "locale"?: "zh" | "en" }')) as Record<string, unknown> | null
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError('Send { "email": … }.', 400)
      const outcome = await requestSubscription(req.payload, {
        email: body.email,
        newsletter: body.newsletter,
        locale: body.locale,
        clientAddress: requestClient(req),
        form: 'api',
        source: 'api',
      })
      if (outcome.kind === 'invalid') throw new APIError(outcome.message, 400)
      if (outcome.kind === 'rate-limited') return Response.json({ errors: [{ message: outcome.message }] }, { status: 429, headers: { 'retry-after': '3600' } })
      return Response.json({ message: 'If the address can receive our mail, a confirmation link is on its way. 如地址有效，确认邮件已发出。' }, { status: 202 })
    },
  },
  {
    // The mail provider's bounce/complaint webhook, authenticated by ZHIKU_MAIL_WEBHOOK_SECRET.
    path: '/events',
    method: 'post',
    handler: async (req) => {
      if (!bearerMatches(req.headers.get('authorization'), process.env.ZHIKU_MAIL_WEBHOOK_SECRET)) {
        throw new APIError('Authorization: Bearer <ZHIKU_MAIL_WEBHOOK_SECRET> is required.', 401)
      }
      const parsed = parseProviderEvents(await jsonBody(req, '[{ "type": "bounce" | "complaint", "email": … }]'))
      if (!parsed.ok) throw new APIError(parsed.reason, 400)
      const suppressed = await suppressAddresses(req.payload, parsed.events)
      return Response.json({ received: parsed.events.length, suppressed })
    },
  },
  {
    path: '/export',
    method: 'get',
    handler: async (req) => {
      if (!isAdmin(req.user)) throw new APIError('Only admins can export subscribers.', req.user ? 403 : 401)
      const csv = subscriberCsv(await exportRows(req))
      return new Response(csv, {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="subscribers.csv"', 'cache-control': 'no-store' },
      })
    },
  },
  {
    // CSV as the body (text/csv) or as the multipart field `file`.
    path: '/import',
    method: 'post',
    handler: async (req) => {
      const user = req.user
      if (!isAdmin(user)) throw new APIError('Only admins can import subscribers.', user ? 403 : 401)
      const type = req.headers.get('content-type') ?? ''
      let text: string
      if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
        text = req.text ? await req.text() : ''
      } else if (type.startsWith('multipart/form-data')) {
        const form = req.formData ? await req.formData() : null
        const file = form?.get('file')
        if (!file || typeof file === 'string') throw new APIError('Attach the CSV as the form field `file`.', 400)
        text = await file.text()
      } else {
        throw new APIError('Send the CSV as text/csv or as the multipart field `file`.', 415)
      }
      if (text.length > 5_000_000) throw new APIError('The CSV is over 5 MB; split it.', 413)
      const parsed = parseSubscriberCsv(text)
      if (parsed.rows.length === 0 && parsed.problems.length > 0 && parsed.problems[0]?.line !== undefined && parsed.problems[0].line <= 1) {
        throw new APIError(parsed.problems[0].reason, 400)
      }
      const dryRun = req.searchParams.get('dryRun') === 'true'
      return Response.json(await importSubscribers(req, parsed, { dryRun, user: user as User }))
    },
  },
]
