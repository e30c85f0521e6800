import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { createThinkTank, createUser, TEST_PASSWORD, unique } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'

/*
 * Transactions on the run's database (SQLite, where one process's writers take turns, and PostgreSQL):
 * what one commits is there, what one rolls back is not, and many at once — with writes made outside
 * any transaction among them — all finish without "database is locked".
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const sourcesNamed = async (prefix: string) =>
  (await payload.find({ collection: SLUGS.sources, where: { title: { like: prefix } }, pagination: false, depth: 0 })).docs.map((doc) => doc.title).sort()

describe('database transactions', () => {
  it('keeps what a transaction commits and nothing of one rolled back, even after it was read inside', async () => {
    const thinkTank = await createThinkTank(payload)
    const prefix = `tx-${unique()}`
    for (const outcome of ['kept', 'dropped'] as const) {
      const req = await createLocalReq({}, payload)
      if (!(await initTransaction(req))) {
        // No transactions on this adapter (SQLite for now): each write is its own commit.
        await payload.create({ collection: SLUGS.sources, data: { title: `${prefix} ${outcome}`, url: `https://example.org/${prefix}/${outcome}`, thinkTank: thinkTank.id, slug: `${prefix}-${outcome}` }, req })
        continue
      }
      await payload.create({ collection: SLUGS.sources, data: { title: `${prefix} ${outcome}`, url: `https://example.org/${prefix}/${outcome}`, thinkTank: thinkTank.id, slug: `${prefix}-${outcome}` }, req })
      const inside = await payload.find({ collection: SLUGS.sources, where: { title: { equals: `${prefix} ${outcome}` } }, req, depth: 0 })
      expect(inside.totalDocs).toBe(1)
      // A reader outside the transaction sees nothing of it before the commit.
      const outside = await payload.find({ collection: SLUGS.sources, where: { title: { equals: `${prefix} ${outcome}` } }, depth: 0 })
      expect(outside.totalDocs).toBe(0)
      if (outcome === 'kept') await commitTransaction(req)
      else await killTransaction(req)
    }
    const transactions = (await payload.db.beginTransaction().then(async (id) => (id === null ? false : (await payload.db.rollbackTransaction(id), true))))
    expect(await sourcesNamed(prefix)).toEqual(transactions ? [`${prefix} kept`] : [`${prefix} dropped`, `${prefix} kept`])
  })

  it('finishes 24 writes at once — half in transactions of several statements, half on their own — and loses none', async () => {
    const thinkTank = await createThinkTank(payload)
    const prefix = `many-${unique()}`
    const inTransaction = async (index: number) => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        for (const part of ['a', 'b']) {
          await payload.create({ collection: SLUGS.sources, data: { title: `${prefix} ${index}${part}`, url: `https://example.org/${prefix}/${index}${part}`, thinkTank: thinkTank.id, slug: `${prefix}-${index}${part}` }, req })
        }
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    }
    const onItsOwn = (index: number) =>
      payload.db.create({
        collection: SLUGS.sources,
        data: { title: `${prefix} ${index}`, url: `https://example.org/${prefix}/${index}`, thinkTank: thinkTank.id, kind: 'report', slug: `${prefix}-${index}`, searchTitle: `${prefix} ${index}` },
      })
    await Promise.all(Array.from({ length: 12 }, (_, index) => [inTransaction(index), onItsOwn(100 + index)]).flat())
    const titles = await sourcesNamed(prefix)
    expect(titles).toHaveLength(36)
    expect(titles).toContain(`${prefix} 11b`)
    expect(titles).toContain(`${prefix} 111`)
  })

  it('rolls back the whole of a failed operation: a create refused by a unique field leaves nothing and the next write works', async () => {
    const thinkTank = await createThinkTank(payload)
    const url = `https://example.org/unique-${unique()}`
    await payload.create({ collection: SLUGS.sources, data: { title: 'first', url, thinkTank: thinkTank.id, slug: `dup-${unique()}` } })
    const slug = `dup-${unique()}`
    await payload.create({ collection: SLUGS.sources, data: { title: 'second', url: `${url}/2`, thinkTank: thinkTank.id, slug } })
    await expect(payload.create({ collection: SLUGS.sources, data: { title: 'third', url: `${url}/3`, thinkTank: thinkTank.id, slug } })).rejects.toThrow()
    const after = await payload.create({ collection: SLUGS.sources, data: { title: 'fourth', url: `${url}/4`, thinkTank: thinkTank.id, slug: `dup-${unique()}` } })
    expect(after.id).toBeDefined()
    const found = await payload.find({ collection: SLUGS.sources, where: { url: { like: url } }, depth: 0, pagination: false })
    expect(found.docs.map((doc) => doc.title).sort()).toEqual(['first', 'fourth', 'second'])
  })

  it('saves an admin preference — an upsert, which the adapter makes as an update — twice, then signs the person in', async () => {
    // The admin saves a preference on nearly every screen (Payload's preferences endpoint upserts it);
    // a write queued behind its own upsert would hold every later write of the process.
    const user = await createUser(payload, ['editor'])
    const key = `columns-${unique()}`
    const where: Where = { and: [{ key: { equals: key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: SLUGS.users } }] }
    const req = await createLocalReq({ user: { ...user, collection: SLUGS.users } }, payload)
    for (const value of [{ columns: ['title'] }, { columns: ['title', 'stage'] }]) {
      await payload.db.upsert({ collection: 'payload-preferences', data: { key, user: { relationTo: SLUGS.users, value: user.id }, value }, req, where })
    }
    const saved = await payload.find({ collection: 'payload-preferences', where, depth: 0, overrideAccess: true })
    expect(saved.docs.map((doc) => doc.value)).toEqual([{ columns: ['title', 'stage'] }])
    const signedIn = await payload.login({ collection: SLUGS.users, data: { email: user.email, password: TEST_PASSWORD } })
    expect(signedIn.user?.id).toBe(user.id)
  })
})
