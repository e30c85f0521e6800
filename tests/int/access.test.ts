import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { createIssueWithContent, createThinkTank, createUser, unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

const asAnonymous = { overrideAccess: false, user: null } as const

describe('what anonymous readers can read', () => {
  it('reads a published issue and what it contains', async () => {
    const { issue, article, source, thinkTank } = await createIssueWithContent(payload, { published: true })
    const read = await payload.findByID({ collection: SLUGS.issues, id: issue.id, depth: 0, ...asAnonymous })
    expect(read.title).toBe(issue.title)
    for (const [collection, id] of [
      [SLUGS.articles, article.id],
      [SLUGS.sources, source.id],
      [SLUGS.thinkTanks, thinkTank.id],
    ] as const) {
      const found = await payload.find({ collection, where: { id: { equals: id } }, ...asAnonymous })
      expect(found.docs.map((doc) => doc.id)).toEqual([id])
    }
  })

  it('never sees a draft issue or its articles, sources and think tank', async () => {
    const { issue, article, source, thinkTank } = await createIssueWithContent(payload, { published: false })
    const issues = await payload.find({ collection: SLUGS.issues, where: { id: { equals: issue.id } }, ...asAnonymous })
    expect(issues.docs).toEqual([])
    const drafts = await payload.find({
      collection: SLUGS.issues,
      where: { id: { equals: issue.id } },
      draft: true,
      ...asAnonymous,
    })
    expect(drafts.docs).toEqual([])
    for (const [collection, id] of [
      [SLUGS.articles, article.id],
      [SLUGS.sources, source.id],
      [SLUGS.thinkTanks, thinkTank.id],
    ] as const) {
      const found = await payload.find({ collection, where: { id: { equals: id } }, ...asAnonymous })
      expect(found.docs).toEqual([])
    }
  })

  it('gets 403 over REST for a draft issue, and an empty list for the collection query', async () => {
    const { issue } = await createIssueWithContent(payload, { published: false })
    const single = await rest('GET', `/issues/${issue.id}`)
    expect([403, 404]).toContain(single.status)
    const listed = await rest('GET', `/issues?where[id][equals]=${issue.id}&draft=true`)
    expect(listed.status).toBe(200)
    expect(listed.body.docs).toEqual([])
  })

  it('does not see a draft article even when it is listed in a published issue', async () => {
    const { issue } = await createIssueWithContent(payload, { published: true })
    const thinkTank = await createThinkTank(payload)
    const draftArticle = await payload.create({
      collection: SLUGS.articles,
      data: {
        headline: '未完成的文章',
        thinkTank: thinkTank.id,
        body: paragraphsToLexical(['草稿']),
        slug: `draft-${unique()}`,
        _status: 'draft',
      },
      draft: true,
    })
    await payload.update({
      collection: SLUGS.issues,
      id: issue.id,
      data: { articles: [...(issue.articles ?? []), draftArticle.id] },
    })
    const found = await payload.find({ collection: SLUGS.articles, where: { id: { equals: draftArticle.id } }, ...asAnonymous })
    expect(found.docs).toEqual([])
  })

  it('cannot read users, or staff-only fields of a published issue', async () => {
    const { issue } = await createIssueWithContent(payload, { published: true })
    const finalApprover = await createUser(payload, ['final-approver'])
    await payload.update({ collection: SLUGS.issues, id: issue.id, data: { finalApprovers: [finalApprover.id] } })
    const users = await rest('GET', '/users')
    expect(users.status).toBe(403)
    const read = await payload.findByID({ collection: SLUGS.issues, id: issue.id, depth: 0, ...asAnonymous })
    expect(read.finalApprovers).toBeUndefined()
  })

  it('cannot write anything', async () => {
    const created = await rest('POST', '/think-tanks', { json: { name: '匿名', nameEn: 'Anonymous', slug: `anon-${unique()}` } })
    expect(created.status).toBe(403)
  })
})

describe('what staff can do', () => {
  it('lets every staff role read draft issues', async () => {
    const { issue } = await createIssueWithContent(payload, { published: false })
    for (const role of ['editor', 'reviewer', 'layout', 'final-approver', 'admin'] as const) {
      const user = await createUser(payload, [role])
      const read = await payload.findByID({ collection: SLUGS.issues, id: issue.id, overrideAccess: false, user, draft: true })
      expect(read.id).toBe(issue.id)
    }
  })

  it('lets an editor create think tanks, sources, articles and draft issues', async () => {
    const editor = await createUser(payload, ['editor'])
    const id = unique()
    const thinkTank = await payload.create({
      collection: SLUGS.thinkTanks,
      data: { name: '兰德公司', nameEn: 'RAND Corporation', acronym: 'RAND', domains: ['rand.org'], slug: `rand-${id}` },
      overrideAccess: false,
      user: editor,
    })
    const source = await payload.create({
      collection: SLUGS.sources,
      data: { title: 'A RAND report', url: 'https://www.rand.org/pubs/x.html', thinkTank: thinkTank.id, slug: `rand-report-${id}` },
      overrideAccess: false,
      user: editor,
    })
    const article = await payload.create({
      collection: SLUGS.articles,
      data: {
        headline: '兰德报告摘要',
        thinkTank: thinkTank.id,
        body: paragraphsToLexical(['兰德公司发布报告。']),
        sources: [source.id],
        slug: `rand-article-${id}`,
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(article._status).toBe('draft')
  })

  it.each(['reviewer', 'layout', 'final-approver'] as const)('refuses a %s creating content', async (role) => {
    const user = await createUser(payload, [role])
    const token = await login(user.email)
    const response = await rest('POST', '/think-tanks', {
      token,
      json: { name: '某智库', nameEn: 'Some Institute', slug: `some-${unique()}` },
    })
    expect(response.status).toBe(403)
  })

  it('treats a signed-in user whose roles were all removed as a reader', async () => {
    const nobody = await createUser(payload, ['editor'])
    const { issue } = await createIssueWithContent(payload, { published: false })
    const found = await payload.find({
      collection: SLUGS.issues,
      where: { id: { equals: issue.id } },
      overrideAccess: false,
      user: { ...nobody, roles: [] },
    })
    expect(found.docs).toEqual([])
  })
})

describe('managing users and roles', () => {
  it('lets only admins create users', async () => {
    const editor = await createUser(payload, ['editor'])
    const token = await login(editor.email)
    const response = await rest('POST', '/users', {
      token,
      json: { email: `x-${unique()}@example.test`, password: 'password-123', name: 'X', roles: ['editor'] },
    })
    expect(response.status).toBe(403)

    const admin = await createUser(payload, ['admin'])
    const adminToken = await login(admin.email)
    const created = await rest('POST', '/users', {
      token: adminToken,
      json: { email: `y-${unique()}@example.test`, password: 'password-123', name: 'Y', roles: ['reviewer'] },
    })
    expect(created.status).toBe(201)
  })

  it('refuses an editor granting themselves a role, with 403 and nothing changed', async () => {
    const editor = await createUser(payload, ['editor'])
    const token = await login(editor.email)
    const response = await rest('PATCH', `/users/${editor.id}`, { token, json: { roles: ['editor', 'admin'] } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain('Only an administrator')
    const after = await payload.findByID({ collection: SLUGS.users, id: editor.id })
    expect(after.roles).toEqual(['editor'])
  })

  it('refuses an admin changing their own roles', async () => {
    const admin = await createUser(payload, ['admin'])
    await expect(
      payload.update({ collection: SLUGS.users, id: admin.id, data: { roles: ['editor'] }, overrideAccess: false, user: admin }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: SLUGS.users, id: admin.id })).roles).toEqual(['admin'])
  })

  it("lets an admin change another user's roles", async () => {
    const admin = await createUser(payload, ['admin'])
    const editor = await createUser(payload, ['editor'])
    const updated = await payload.update({
      collection: SLUGS.users,
      id: editor.id,
      data: { roles: ['editor', 'reviewer'] },
      overrideAccess: false,
      user: admin,
    })
    expect(updated.roles).toEqual(['editor', 'reviewer'])
  })

  it('lets a user update their own name but not read-modify another user', async () => {
    const editor = await createUser(payload, ['editor'])
    const other = await createUser(payload, ['reviewer'])
    const token = await login(editor.email)
    const own = await rest('PATCH', `/users/${editor.id}`, { token, json: { name: '新名字' } })
    expect(own.status).toBe(200)
    const foreign = await rest('PATCH', `/users/${other.id}`, { token, json: { name: '改别人' } })
    expect(foreign.status).toBe(403)
    expect((await payload.findByID({ collection: SLUGS.users, id: other.id })).name).toBe(other.name)
  })
})
