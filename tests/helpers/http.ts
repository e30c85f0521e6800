import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

import { TEST_PASSWORD } from './factories'

const BASE = 'http://localhost:3000'

export type HttpResult = { status: number; body: Record<string, unknown> }

export async function toResult(response: Response): Promise<HttpResult> {
  const text = await response.text()
  let body: Record<string, unknown>
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    body = { text }
  }
  return { status: response.status, body }
}

/**
 * Sends a request through Payload's own REST and GraphQL handlers (the ones the Next.js routes
 * mount), so tests exercise HTTP parsing, authentication and error formatting without a server.
 */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { token, json, headers: extra }: { token?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const headers = new Headers({ 'content-type': 'application/json', ...extra })
  if (token) headers.set('authorization', `JWT ${token}`)
  const request = new Request(`${BASE}/api${path}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  return toResult(await handleEndpoints({ config, request }))
}

export async function graphql(query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  const request = new Request(`${BASE}/api/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  return toResult(await GRAPHQL_POST(config)(request))
}

export async function login(email: string, password = TEST_PASSWORD): Promise<string> {
  const result = await rest('POST', '/users/login', { json: { email, password } })
  const token = result.body.token
  if (result.status !== 200 || typeof token !== 'string') {
    throw new Error(`login failed for ${email}: ${result.status} ${JSON.stringify(result.body)}`)
  }
  return token
}
