import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stampClientAddress } from '../../services/server/stamp-client-address'
import { SLUGS } from '../../src/collection-slugs'
import { createUser, TEST_PASSWORD, unique } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const servers: Server[] = []

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
})

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * A real HTTP server doing what scripts/server.ts does before Next.js (stamping the client address),
 * then handing the request to Payload's REST handlers as the API route would.
 */
async function serverTrusting(trustedProxies: number): Promise<string> {
  const server = createServer((req, res) => {
    stampClientAddress(req, trustedProxies)
    void (async () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const body = req.method === 'GET' ? undefined : new Uint8Array(await bodyOf(req))
      const response = await handleEndpoints({ config, request: new Request(`http://localhost${req.url}`, { method: req.method, headers, body }) })
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' })
      res.end(Buffer.from(await response.arrayBuffer()))
    })()
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const signIn = (base: string, email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, password }) })

const recordedAddress = async (email: string) =>
  (await payload.find({ collection: SLUGS.signInEvents, where: { email: { equals: email } }, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]?.address

describe('the client address behind the server', () => {
  it('with no trusted proxy, a spoofed X-Forwarded-For (or our own header) does not escape the per-address throttle', async () => {
    const base = await serverTrusting(0)
    const user = await createUser(payload, ['editor'])
    // A success from this address first: failures before it no longer count.
    expect((await signIn(base, user.email, TEST_PASSWORD)).status).toBe(200)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const spoofed = `198.51.100.${attempt + 1}`
      const answer = await signIn(base, `nobody-${unique()}@example.test`, 'wrong-password', {
        'x-forwarded-for': spoofed,
        'x-real-ip': spoofed,
        'x-zhiku-client-address': spoofed,
      })
      statuses.push(answer.status)
    }
    // Ten free failures, the eleventh starts the delay: the twelfth waits, whatever address it claimed.
    expect(statuses).toEqual([...Array<number>(11).fill(401), 429])
    const events = await payload.find({ collection: SLUGS.signInEvents, where: { email: { like: 'nobody-' } }, sort: '-createdAt', limit: 12, overrideAccess: true })
    expect(new Set(events.docs.map((event) => event.address))).toEqual(new Set(['127.0.0.1']))
    // The delay passes; the address is not locked.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect((await signIn(base, user.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('with one trusted proxy, uses the entry that proxy appended, not one the client wrote before it', async () => {
    const base = await serverTrusting(1)
    const email = `nobody-${unique()}@example.test`
    await signIn(base, email, 'wrong-password', { 'x-forwarded-for': '6.6.6.6, 192.0.2.77', 'x-zhiku-client-address': '6.6.6.6' })
    expect(await recordedAddress(email)).toBe('192.0.2.77')
    // Reaching the server without passing the proxy: the connection's address, not a claim.
    const direct = `nobody-${unique()}@example.test`
    await signIn(base, direct, 'wrong-password')
    expect(await recordedAddress(direct)).toBe('127.0.0.1')
  })

  it('in-process calls (no server) have no address, so only the account is throttled', async () => {
    const email = `nobody-${unique()}@example.test`
    const request = new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.5' },
      body: JSON.stringify({ email, password: 'wrong-password' }),
    })
    expect((await handleEndpoints({ config, request })).status).toBe(401)
    expect(await recordedAddress(email)).toBe('unknown')
  })
})
