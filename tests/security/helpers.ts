import { type APIRequestContext, expect, request as playwrightRequest } from '@playwright/test'

import { DEMO_PASSWORD } from '../e2e/helpers'

export { DEMO_PASSWORD }

const baseURL = `http://localhost:${Number(process.env.E2E_PORT || 3311)}`

/**
 * A sign-in token, got in a context of its own: signing in sets the session cookie in the context
 * that asked, which would make the test's "anonymous" requests signed in.
 */
export async function tokenFor(_request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL })
  try {
    const response = await context.post('/api/users/login', { data: { email, password } })
    expect(response.status(), await response.text()).toBe(200)
    return ((await response.json()) as { token: string }).token
  } finally {
    await context.dispose()
  }
}

export const jwt = (token: string) => ({ Authorization: `JWT ${token}` })

/** A new user made by the demo admin, with its own unique address. */
export async function newUser(request: APIRequestContext, roles: string[], password = 'user-password-1') {
  const admin = await tokenFor(request, 'admin@example.com')
  const email = `sec-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`
  const response = await request.post('/api/users', { headers: jwt(admin), data: { email, password, name: `安全测试 ${email}`, roles } })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number } }
  return { id: doc.id, email, password }
}

const WATCHED = ['users', 'newsletters', 'think-tanks', 'sources', 'articles', 'issues', 'media', 'workflow-events', 'payload-locked-documents']

/** How many documents each collection holds and when the newest change was: equal snapshots mean nothing was written. */
export async function databaseSnapshot(request: APIRequestContext, adminToken: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {}
  for (const slug of WATCHED) {
    const response = await request.get(`/api/${slug}?limit=1&sort=-updatedAt&depth=0&draft=true`, { headers: jwt(adminToken) })
    expect(response.status(), slug).toBe(200)
    const body = (await response.json()) as { totalDocs: number; docs: { updatedAt?: string }[] }
    snapshot[slug] = `${body.totalDocs} ${body.docs[0]?.updatedAt ?? ''}`
  }
  return snapshot
}
