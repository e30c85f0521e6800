import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { createUser, TEST_PASSWORD, unique } from '../helpers/factories'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

const me = async (token: string) => (await rest('GET', '/users/me', { token })).body.user as { id: number } | null

describe('document locks are held only in one’s own name', () => {
  it('refuses an editor locking a document in the admin’s name, and deleting the admin’s lock; an admin clears any', async () => {
    const editor = await createUser(payload, ['editor'])
    const admin = await createUser(payload, ['admin'])
    const [editorToken, adminToken] = [await login(editor.email), await login(admin.email)]
    const issue = (await payload.find({ collection: SLUGS.issues, limit: 1 })).docs[0]
    const document = issue ? { relationTo: SLUGS.issues, value: issue.id } : undefined
    const forged = await rest('POST', '/payload-locked-documents', {
      token: editorToken,
      json: { document, globalSlug: `g-${unique()}`, user: { relationTo: SLUGS.users, value: admin.id } },
    })
    expect(forged.status).toBe(403)

    const own = await rest('POST', '/payload-locked-documents', {
      token: editorToken,
      json: { globalSlug: `g-${unique()}`, user: { relationTo: SLUGS.users, value: editor.id } },
    })
    expect(own.status).toBe(201)
    const adminsLock = await payload.create({
      collection: 'payload-locked-documents',
      data: { globalSlug: `g-${unique()}`, user: { relationTo: SLUGS.users, value: admin.id } },
    })
    const stolen = await rest('DELETE', `/payload-locked-documents/${adminsLock.id}`, { token: editorToken })
    expect([403, 404]).toContain(stolen.status)
    const takeover = await rest('PATCH', `/payload-locked-documents/${adminsLock.id}`, {
      token: editorToken,
      json: { user: { relationTo: SLUGS.users, value: editor.id } },
    })
    expect([403, 404]).toContain(takeover.status)
    const stillHeld = await payload.findByID({ collection: 'payload-locked-documents', id: adminsLock.id, depth: 0 })
    expect((stillHeld.user as { value: number }).value).toBe(admin.id)
    const ownId = (own.body.doc as { id: number }).id
    expect((await rest('DELETE', `/payload-locked-documents/${ownId}`, { token: adminToken })).status).toBe(200)
    expect((await rest('DELETE', `/payload-locked-documents/${adminsLock.id}`, { token: adminToken })).status).toBe(200)
  })
})

describe('sign-in', () => {
  it('answers a wrong password and an unknown address alike, then slows down instead of locking', async () => {
    const user = await createUser(payload, ['reviewer'])
    const wrong = await rest('POST', '/users/login', { json: { email: user.email, password: 'wrong-password' } })
    const unknown = await rest('POST', '/users/login', { json: { email: `nobody-${unique()}@example.test`, password: 'wrong-password' } })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)

    for (let i = 0; i < 3; i += 1) await rest('POST', '/users/login', { json: { email: user.email, password: 'wrong-password' } })
    const throttled = await rest('POST', '/users/login', { json: { email: user.email, password: TEST_PASSWORD } })
    expect(throttled.status).toBe(429)
    expect(JSON.stringify(throttled.body)).toMatch(/请 \d+ 秒后再试/)
    // A short delay, not a ten-minute lock: the right password works once it has passed.
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect((await rest('POST', '/users/login', { json: { email: user.email, password: TEST_PASSWORD } })).status).toBe(200)
  })

  it('keeps an audit trail that admins can read and nobody else can, or can change', async () => {
    const user = await createUser(payload, ['editor'])
    await rest('POST', '/users/login', { json: { email: user.email, password: 'nope-nope' } })
    const editorToken = await login(user.email)
    const adminToken = await login((await createUser(payload, ['admin'])).email)
    const trail = await rest('GET', `/sign-in-events?where[email][equals]=${encodeURIComponent(user.email)}&sort=createdAt`, { token: adminToken })
    expect((trail.body.docs as { outcome: string }[]).map((event) => event.outcome)).toEqual(['failed', 'succeeded'])
    expect((await rest('GET', '/sign-in-events', { token: editorToken })).status).toBe(403)
    const first = (trail.body.docs as { id: number }[])[0]!
    expect((await rest('DELETE', `/sign-in-events/${first.id}`, { token: adminToken })).status).toBe(403)
    expect((await rest('POST', '/sign-in-events', { token: adminToken, json: { email: 'x@y.z', kind: 'sign-in', outcome: 'succeeded', address: '1' } })).status).toBe(403)
  })

  it('throttles forgot-password requests too', async () => {
    const email = `forgot-${unique()}@example.test`
    const statuses: number[] = []
    for (let i = 0; i < 14; i += 1) statuses.push((await rest('POST', '/users/forgot-password', { json: { email } })).status)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    expect(statuses.at(-1)).toBe(429)
  })

  it('has no lock to lift: unlocking is for admins only over REST, and GraphQL offers no unlock', async () => {
    const target = await createUser(payload, ['editor'])
    const reviewerToken = await login((await createUser(payload, ['reviewer'])).email)
    expect((await rest('POST', '/users/unlock', { token: reviewerToken, json: { email: target.email } })).status).toBe(403)
    const viaGraphql = await graphql(`mutation($email: String!) { unlockUser(email: $email) }`, { token: reviewerToken, variables: { email: target.email } })
    expect(JSON.stringify(viaGraphql.body.errors)).toContain('Cannot query field')
    const adminToken = await login((await createUser(payload, ['admin'])).email)
    expect((await rest('POST', '/users/unlock', { token: adminToken, json: { email: target.email } })).status).toBe(200)
  })
})

describe('password changes', () => {
  it('need the current password for one’s own, and end the other sessions', async () => {
    const user = await createUser(payload, ['editor'])
    const [first, second] = [await login(user.email), await login(user.email)]
    const none = await rest('PATCH', `/users/${user.id}`, { token: first, json: { password: 'new-password-1' } })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('currentPassword')
    const wrong = await rest('PATCH', `/users/${user.id}`, { token: first, json: { password: 'new-password-1', currentPassword: 'guess-guess' } })
    expect(wrong.status).toBe(403)
    expect(await me(second)).not.toBeNull()

    const changed = await rest('PATCH', `/users/${user.id}`, { token: first, json: { password: 'new-password-1', currentPassword: TEST_PASSWORD } })
    expect(changed.status).toBe(200)
    expect((await me(first))?.id).toBe(user.id)
    expect(await me(second)).toBeNull()
    expect(await login(user.email, 'new-password-1')).toBeTruthy()
  })

  it('set by an admin for someone else end all of that person’s sessions', async () => {
    const user = await createUser(payload, ['reviewer'])
    const session = await login(user.email)
    const adminToken = await login((await createUser(payload, ['admin'])).email)
    expect((await rest('PATCH', `/users/${user.id}`, { token: adminToken, json: { password: 'reset-by-admin' } })).status).toBe(200)
    expect(await me(session)).toBeNull()
  })

  it('take the current password as the admin sends it (a form with _payload, or GraphQL) and never keep or return it', async () => {
    const user = await createUser(payload, ['editor'])
    const token = await login(user.email)
    // What the account view posts: every field of the form, the new password twice and the current one.
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: user.name, roles: user.roles, email: user.email, password: 'form-password-1', 'confirm-password': 'form-password-1', currentPassword: TEST_PASSWORD }))
    const saved = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/users/${user.id}?depth=0&fallback-locale=null`, { method: 'PATCH', headers: { authorization: `JWT ${token}` }, body: form }),
    })
    const savedText = await saved.text()
    expect(saved.status).toBe(200)
    expect(savedText).not.toContain('currentPassword')
    expect(savedText).not.toContain(TEST_PASSWORD)
    const session = await login(user.email, 'form-password-1')

    const viaGraphql = await graphql(
      `mutation($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id currentPassword } }`,
      { token: session, variables: { id: user.id, data: { password: 'graphql-password-1', currentPassword: 'form-password-1' } } },
    )
    expect(viaGraphql.body.errors).toBeUndefined()
    expect((viaGraphql.body.data as { updateUser: { currentPassword: unknown } }).updateUser.currentPassword).toBeNull()
    expect(await login(user.email, 'graphql-password-1')).toBeTruthy()
    const stored = JSON.stringify(await payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: user.id } } }))
    expect(stored).not.toContain('form-password-1')
    expect(stored).not.toContain('currentPassword')
  })

  it('cannot be set for another user by a non-admin', async () => {
    const user = await createUser(payload, ['reviewer'])
    const editorToken = await login((await createUser(payload, ['editor'])).email)
    const response = await rest('PATCH', `/users/${user.id}`, { token: editorToken, json: { password: 'taken-over-1' } })
    expect(response.status).toBe(403)
  })
})
