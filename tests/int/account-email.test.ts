import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { createUser, TEST_PASSWORD, unique } from '../helpers/factories'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { mailbox } from '../helpers/smtp-listener'

/*
 * An account's e-mail is a credential (it receives "forgot password"): changing your own needs the
 * current password, ends your other sessions, tells the old address, and every change — an admin's
 * to someone else's address included — is in the account trail with who made it.
 */
let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

const me = async (token: string) => (await rest('GET', '/users/me', { token })).body.user as { id: number } | null
const storedEmail = async (id: number) => (await payload.findByID({ collection: SLUGS.users, id })).email
const newAddress = () => `moved-${unique()}@example.test`
const trailOf = async (user: User) =>
  (await payload.find({ collection: SLUGS.signInEvents, where: { and: [{ user: { equals: user.id } }, { kind: { equals: 'email-change' } }] }, depth: 0 })).docs
const waitForMail = async (to: string) => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const found = mailbox().find((mail) => mail.to.includes(to))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return undefined
}

describe('changing your own e-mail', () => {
  it('is refused without the current password (400) and with a wrong one (403), changing nothing', async () => {
    const user = await createUser(payload, ['editor'])
    const token = await login(user.email)
    const none = await rest('PATCH', `/users/${user.id}`, { token, json: { email: newAddress() } })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('currentPassword')
    const wrong = await rest('PATCH', `/users/${user.id}`, { token, json: { email: newAddress(), currentPassword: 'guess-guess' } })
    expect(wrong.status).toBe(403)
    const viaGraphql = await graphql(`mutation($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id email } }`, {
      token,
      variables: { id: user.id, data: { email: newAddress() } },
    })
    expect(JSON.stringify(viaGraphql.body.errors)).toContain('currentPassword')
    const local = await payload
      .update({ collection: SLUGS.users, id: user.id, data: { email: newAddress() }, overrideAccess: false, user })
      .then(() => 'saved', (error: { status?: number }) => error.status)
    expect(local).toBe(400)
    expect(await storedEmail(user.id)).toBe(user.email)
    expect(await trailOf(user)).toHaveLength(0)
  })

  it('with the current password: saved, other sessions ended, the old address told, the change recorded', async () => {
    const user = await createUser(payload, ['reviewer'])
    const [first, second] = [await login(user.email), await login(user.email)]
    const target = newAddress()
    const changed = await rest('PATCH', `/users/${user.id}`, { token: first, json: { email: target.toUpperCase(), currentPassword: TEST_PASSWORD } })
    expect(changed.status).toBe(200)
    expect(await storedEmail(user.id)).toBe(target)
    expect((await me(first))?.id).toBe(user.id)
    expect(await me(second)).toBeNull()
    const mail = await waitForMail(user.email)
    expect(mail?.raw).toContain(target)
    const [event] = await trailOf(user)
    expect(event).toMatchObject({ kind: 'email-change', outcome: 'succeeded', email: user.email, actor: user.id })
    expect(event?.detail).toContain(target)
  })

  it('needs no password when the form sends the address unchanged (saving one’s name from the account view)', async () => {
    const user = await createUser(payload, ['editor'])
    const token = await login(user.email)
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: `Renamed ${unique()}`, roles: user.roles, email: ` ${user.email.toUpperCase()} ` }))
    const saved = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/users/${user.id}?depth=0`, { method: 'PATCH', headers: { authorization: `JWT ${token}` }, body: form }),
    })
    expect(saved.status).toBe(200)
    expect(await me(token)).not.toBeNull()
    expect(await trailOf(user)).toHaveLength(0)
  })

  it('through the account form (_payload with currentPassword) and GraphQL with the password', async () => {
    const user = await createUser(payload, ['editor'])
    const token = await login(user.email)
    const viaForm = newAddress()
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: user.name, roles: user.roles, email: viaForm, currentPassword: TEST_PASSWORD }))
    const saved = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/users/${user.id}?depth=0`, { method: 'PATCH', headers: { authorization: `JWT ${token}` }, body: form }),
    })
    expect(saved.status).toBe(200)
    expect(await storedEmail(user.id)).toBe(viaForm)
    const viaGraphql = newAddress()
    const result = await graphql(`mutation($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { email } }`, {
      token,
      variables: { id: user.id, data: { email: viaGraphql, currentPassword: TEST_PASSWORD } },
    })
    expect(result.body.errors).toBeUndefined()
    expect(await storedEmail(user.id)).toBe(viaGraphql)
    expect(await trailOf(user)).toHaveLength(2)
  })

  it('cannot be done in bulk (PATCH /api/users?where=…), by anyone', async () => {
    const user = await createUser(payload, ['admin'])
    const token = await login(user.email)
    const bulk = await rest('PATCH', `/users?where[id][equals]=${user.id}`, { token, json: { email: newAddress(), currentPassword: TEST_PASSWORD } })
    expect(bulk.status).toBe(400)
    expect(await storedEmail(user.id)).toBe(user.email)
  })
})

describe('an admin changing someone else’s e-mail', () => {
  it('needs no password of theirs, ends that person’s sessions, tells the old address and records which admin did it', async () => {
    const person = await createUser(payload, ['layout'])
    const session = await login(person.email)
    const admin = await createUser(payload, ['admin'])
    const adminToken = await login(admin.email)
    const target = newAddress()
    expect((await rest('PATCH', `/users/${person.id}`, { token: adminToken, json: { email: target } })).status).toBe(200)
    expect(await me(session)).toBeNull()
    expect(await waitForMail(person.email)).toBeDefined()
    const [event] = await trailOf(person)
    expect(event).toMatchObject({ kind: 'email-change', email: person.email, actor: admin.id })
    expect(event?.detail).toContain(admin.email)
  })

  it('is refused to other staff, and the trail is read by admins only and written by nobody through the API', async () => {
    const person = await createUser(payload, ['reviewer'])
    const editor = await createUser(payload, ['editor'])
    const editorToken = await login(editor.email)
    expect([403, 404]).toContain((await rest('PATCH', `/users/${person.id}`, { token: editorToken, json: { email: newAddress() } })).status)
    expect(await storedEmail(person.id)).toBe(person.email)
    expect((await rest('GET', `/sign-in-events?where[kind][equals]=email-change`, { token: editorToken })).status).toBe(403)
    const adminToken = await login((await createUser(payload, ['admin'])).email)
    const forged = await rest('POST', '/sign-in-events', { token: adminToken, json: { email: person.email, kind: 'email-change', outcome: 'succeeded', address: 'x' } })
    expect(forged.status).toBe(403)
  })
})
