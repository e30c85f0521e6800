import configPromise from '@payload-config'
import { handleEndpoints, type Payload, type SanitizedCollectionConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { FieldShape } from '../../src/security/input-shape'
import { createUser } from '../helpers/factories'
import { login } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { OUTSIDER_CASES } from '../security/outsider-cases'

/*
 * Every collection's REST list, create, update and bulk-update routes, fuzzed with malformed input
 * derived from its own fields (numbers out of range, wrong types, unknown operators, nested garbage,
 * control characters), anonymously and as an admin: never a 5xx, and nothing written. Collections
 * added later are fuzzed without a change here. The outsider's API cases run by name.
 */
let payload: Payload
let collections: SanitizedCollectionConfig[]
let adminToken: string
beforeAll(async () => {
  payload = await getTestPayload()
  collections = (await configPromise).collections
  adminToken = await login((await createUser(payload, ['admin'])).email)
})

type Probe = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: string }

async function send(probe: Probe, token?: string) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  const response = await handleEndpoints({ config: configPromise, request: new Request(`http://localhost:3000${probe.path}`, { method: probe.method, headers, body: probe.body }) })
  return { status: response.status, text: await response.text() }
}

const CONTROL = '\u0000\u0001\u001b[31m\u202e\r\n'
const NUMBERS = ['1e21', '1e309', '-1e309', '12345678901234567890', 'NaN', '-1', '0x1f', '2.5']
const GARBAGE: unknown[] = [[[[]]], 1e21, -1, true, CONTROL, ''.padEnd(3000, 'x'), [1e21]]

/** Malformed values for one field, by its type: what its column cannot hold or its shape does not allow. */
function badValuesFor(field: FieldShape): unknown[] {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return field.hasMany ? [{ id: 1 }, 1e21, [1e21], [[1]], ['abc']] : [1e21, [1, 2], 'abc', { id: 'x' }, -5]
    case 'date':
      return ['notadate', '12345678901234567890', 1e21, { y: 2025 }, ['2025-01-01']]
    case 'number':
      return field.hasMany ? [{ a: 1 }, ['x'], 'abc'] : ['abc', '1e309', { n: 1 }, [1, 2], '1e21x']
    case 'richText':
      return [{ root: { children: 'x' } }, { root: 'x' }, 'plain', [1], { root: { children: [{ children: { a: 1 } }] } }]
    case 'array':
    case 'blocks':
      return field.type === 'blocks' ? [{ a: 1 }, 'x', [1, 'x'], [{ blockType: { x: 1 } }]] : [{ a: 1 }, 'x', [1, 'x']]
    case 'group':
      return ['x', [1], 1e21]
    case 'checkbox':
      return ['maybe', { a: 1 }, [true]]
    case 'json':
      return []
    default:
      return field.hasMany ? [{ a: 1 }, 'x', [[1]]] : [{ a: 1 }, [1, 2], { $ne: null }]
  }
}

function listProbes(slug: string, fields: readonly FieldShape[]): Probe[] {
  const probes: Probe[] = []
  const base = `/api/${slug}`
  for (const value of NUMBERS) for (const param of ['page', 'limit', 'depth']) probes.push({ method: 'GET', path: `${base}?${param}=${value}` })
  for (const field of fields.filter((candidate) => candidate.name && !['group', 'array', 'blocks', 'tabs', 'row', 'collapsible', 'ui', 'join'].includes(candidate.type))) {
    const name = field.name ?? ''
    probes.push({ method: 'GET', path: `${base}?where[${name}][all]=x` })
    probes.push({ method: 'GET', path: `${base}?where[${name}][nosuch]=1` })
    probes.push({ method: 'GET', path: `${base}?where[${name}][equals][a][b][c]=1` })
    probes.push({ method: 'GET', path: `${base}?where[${name}][equals]=${encodeURIComponent(CONTROL)}` })
    if (field.type === 'date') probes.push({ method: 'GET', path: `${base}?where[${name}][greater_than]=notadate` }, { method: 'GET', path: `${base}?where[${name}][equals]=12345678901234567890` })
    if (field.type === 'number') probes.push({ method: 'GET', path: `${base}?where[${name}][less_than]=1e309` }, { method: 'GET', path: `${base}?where[${name}][equals]=abc` })
    if (field.type === 'relationship' || field.type === 'upload') probes.push({ method: 'GET', path: `${base}?where[${name}][equals]=1e21` }, { method: 'GET', path: `${base}?where[${name}][in]=1e21,abc` })
    if (field.type === 'checkbox') probes.push({ method: 'GET', path: `${base}?where[${name}][equals]=maybe` })
  }
  return probes
}

/** Fields an upload collection fills from the file itself; Payload takes them out of a body before the operation. */
const UPLOAD_OWNED = new Set(['url', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'thumbnailURL', 'sizes'])

function writeProbes(slug: string, fields: readonly FieldShape[], upload: boolean): Probe[] {
  const probes: Probe[] = []
  for (const field of fields) {
    if (!field.name || field.name === 'id' || (upload && UPLOAD_OWNED.has(field.name))) continue
    for (const value of badValuesFor(field)) {
      const body = JSON.stringify({ [field.name]: value })
      probes.push({ method: 'POST', path: `/api/${slug}`, body }, { method: 'PATCH', path: `/api/${slug}?where[id][exists]=true`, body })
    }
  }
  for (const value of GARBAGE) probes.push({ method: 'POST', path: `/api/${slug}`, body: JSON.stringify(value) })
  return probes
}

async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const collection of collections) {
    // The jobs queue is the server's own: a scheduled task may be queued on a minute boundary mid-test.
    if (collection.slug === 'payload-jobs') continue
    const found = await payload.db.find<{ updatedAt?: string }>({ collection: collection.slug, limit: 1, sort: '-updatedAt', pagination: true, where: {} })
    result[collection.slug] = `${found.totalDocs} ${found.docs[0]?.updatedAt ?? ''}`
  }
  return result
}

describe('malformed input on every collection’s REST routes', () => {
  it('answers at least 200 malformed list and write requests without a 5xx and writes nothing', { timeout: 600_000 }, async () => {
    const before = await snapshot()
    const serverErrors: string[] = []
    let sent = 0
    for (const collection of collections) {
      const fields = collection.flattenedFields as readonly FieldShape[]
      const reads = listProbes(collection.slug, fields)
      const writes = writeProbes(collection.slug, fields, Boolean(collection.upload))
      for (const probe of reads) {
        for (const token of [undefined, adminToken]) {
          const answer = await send(probe, token)
          sent += 1
          if (answer.status >= 500) serverErrors.push(`${answer.status} ${probe.method} ${probe.path} ${answer.text.slice(0, 200)}`)
        }
      }
      for (const probe of writes) {
        const answer = await send(probe, adminToken)
        sent += 1
        if (answer.status >= 500) serverErrors.push(`${answer.status} ${probe.method} ${probe.path} ${probe.body?.slice(0, 120) ?? ''} ${answer.text.slice(0, 200)}`)
        if (answer.status < 400) serverErrors.push(`${answer.status} (accepted) ${probe.method} ${probe.path} ${probe.body?.slice(0, 120) ?? ''}`)
      }
    }
    expect(sent).toBeGreaterThanOrEqual(200)
    expect(serverErrors).toEqual([])
    expect(await snapshot()).toEqual(before)
  })
})

describe('the outsider’s malformed requests (API)', () => {
  for (const probe of OUTSIDER_CASES.filter((candidate) => candidate.path.startsWith('/api/'))) {
    it(probe.name, async () => {
      const before = await snapshot()
      const answer = await send({ method: probe.method, path: probe.path, body: probe.body === undefined ? undefined : JSON.stringify(probe.body) }, probe.auth === 'admin' ? adminToken : undefined)
      expect(probe.expected, answer.text).toContain(answer.status)
      expect(answer.text).not.toContain('unknown error')
      expect(await snapshot()).toEqual(before)
    })
  }
})
