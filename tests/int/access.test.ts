import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { idOf } from '../../src/content/ids'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { createIssueWithContent, createUser, unique } from '../helpers/factories'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { advanceTo, createCrew, createDraftIssue, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew
beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

const asAnonymous = { overrideAccess: false, user: null } as const

describe('what anonymous readers can read', () => {
  const LIVE_COLLECTIONS = [SLUGS.issues, SLUGS.articles, SLUGS.sources, SLUGS.thinkTanks, SLUGS.newsletters] as const

  it('reads a published issue only as its release, never the live records it was made from', async () => {
    const { issue, articles, source, thinkTank } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'published')
    const releases = await payload.find({ collection: SLUGS.releases, where: { issue: { equals: issue.id } }, ...asAnonymous })
    expect(releases.docs.map((release) => release.title)).toEqual([issue.title])
    const ids = { issues: issue.id, articles: articles[0]!.id, sources: source.id, 'think-tanks': thinkTank.id, newsletters: idOf(issue.newsletter)! }
    for (const collection of LIVE_COLLECTIONS) {
      await expect(payload.find({ collection, where: { id: { equals: ids[collection] } }, ...asAnonymous })).rejects.toMatchObject({ status: 403 })
      expect((await rest('GET', `/${collection}/${ids[collection]}`)).status).toBe(403)
      expect((await rest('GET', `/${collection}?where[id][equals]=${ids[collection]}`)).status).toBe(403)
    }
    const viaGraphql = await graphql(`{ Issues(where: { id: { equals: ${issue.id} } }) { docs { title } } ThinkTanks { docs { name } } }`)
    expect(JSON.stringify(viaGraphql.body)).not.toContain(issue.title)
    expect(JSON.stringify(viaGraphql.body)).not.toContain(thinkTank.name)
  })

  it('finds no release of a draft issue', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const releases = await payload.find({ collection: SLUGS.releases, where: { issue: { equals: issue.id } }, ...asAnonymous })
    expect(releases.docs).toEqual([])
    expect((await rest('GET', `/issues/${issue.id}/release`)).status).toBe(404)
  })

  it('cannot read users, and a release names people only as its credits do', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'published')
    expect((await rest('GET', '/users')).status).toBe(403)
    const release = await rest('GET', `/issues/${issue.id}/release`)
    const text = JSON.stringify(release.body)
    for (const person of [crew.reviewer, crew.layout, crew.final1, crew.editor]) expect(text).not.toContain(person.email)
    expect(text).toContain(crew.reviewer.name)
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
    await expect(
      payload.find({ collection: SLUGS.issues, where: { id: { equals: issue.id } }, overrideAccess: false, user: { ...nobody, roles: [] } }),
    ).rejects.toMatchObject({ status: 403 })
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
    expect(JSON.stringify(response.body)).toContain('只有管理员可以修改角色')
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
