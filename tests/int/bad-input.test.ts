import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { createIssueWithContent, createThinkTank, createUser, unique } from '../helpers/factories'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editorToken: string
beforeAll(async () => {
  payload = await getTestPayload()
  const editor = await createUser(payload, ['editor'])
  editorToken = await login(editor.email)
})

const countSources = async (where: Record<string, unknown>) =>
  (await payload.count({ collection: SLUGS.sources, where: where as never })).totalDocs

const errorText = (body: Record<string, unknown>) => JSON.stringify(body)

describe('bad input gets a clear 400 and writes nothing', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'csis.org/analysis', 'ftp://example.org/a'])(
    'refuses a source URL %j',
    async (url) => {
      const thinkTank = await createThinkTank(payload)
      const slug = `bad-url-${unique()}`
      const response = await rest('POST', '/sources', {
        token: editorToken,
        json: { title: 'Bad', url, thinkTank: thinkTank.id, slug },
      })
      expect(response.status).toBe(400)
      expect(errorText(response.body)).toContain('http(s)')
      expect(await countSources({ slug: { equals: slug } })).toBe(0)
    },
  )

  it('refuses a javascript: URL through GraphQL too', async () => {
    const thinkTank = await createThinkTank(payload)
    const slug = `gql-bad-${unique()}`
    const response = await graphql(
      `mutation($data: mutationSourceInput!) { createSource(data: $data) { id } }`,
      { token: editorToken, variables: { data: { title: 'Bad', url: 'javascript:alert(1)', thinkTank: thinkTank.id, slug } } },
    )
    const errors = response.body.errors as { extensions?: { statusCode?: number } }[]
    expect(errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(await countSources({ slug: { equals: slug } })).toBe(0)
  })

  it('refuses a source without its required title, naming the field', async () => {
    const thinkTank = await createThinkTank(payload)
    const slug = `no-title-${unique()}`
    const response = await rest('POST', '/sources', {
      token: editorToken,
      json: { url: 'https://example.org/x', thinkTank: thinkTank.id, slug },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('title')
    expect(await countSources({ slug: { equals: slug } })).toBe(0)
  })

  it('refuses a duplicate slug and keeps the first record as it was', async () => {
    const first = await createThinkTank(payload)
    const response = await rest('POST', '/think-tanks', {
      token: editorToken,
      json: { name: '重复', nameEn: 'Duplicate', slug: first.slug },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('slug')
    const same = await payload.find({ collection: SLUGS.thinkTanks, where: { slug: { equals: first.slug } } })
    expect(same.docs.map((doc) => doc.name)).toEqual([first.name])
  })

  it('refuses an unknown role', async () => {
    const admin = await createUser(payload, ['admin'])
    const token = await login(admin.email)
    const email = `role-${unique()}@example.test`
    const response = await rest('POST', '/users', {
      token,
      json: { email, password: 'password-123', name: 'Z', roles: ['superuser'] },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain('roles')
    expect((await payload.count({ collection: SLUGS.users, where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('refuses a think-tank domain with a scheme and a malformed slug', async () => {
    const response = await rest('POST', '/think-tanks', {
      token: editorToken,
      json: { name: '坏数据', nameEn: 'Bad Data', domains: ['https://bad.org/x'], slug: 'Not A Slug' },
    })
    expect(response.status).toBe(400)
    const text = errorText(response.body)
    expect(text).toContain('domains')
    expect(text).toContain('slug')
  })

  it('refuses a second issue with the same number in one newsletter', async () => {
    const { issue } = await createIssueWithContent(payload, { published: false })
    const newsletter = typeof issue.newsletter === 'object' ? issue.newsletter.id : issue.newsletter
    const slug = `dup-number-${unique()}`
    const response = await rest('POST', '/issues', {
      token: editorToken,
      json: { title: '重号', slug, number: issue.number, newsletter },
    })
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toContain(`本专栏已有第 ${issue.number} 期`)
    expect((await payload.count({ collection: SLUGS.issues, where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('refuses renumbering a draft to a number its newsletter already has, and keeps its own number', async () => {
    const { issue, newsletter } = await createIssueWithContent(payload, { published: false })
    const draft = await rest('POST', '/issues', {
      token: editorToken,
      json: { title: '改号', slug: `renumber-${unique()}`, number: issue.number + 1000, newsletter: newsletter.id },
    })
    expect(draft.status).toBe(201)
    const id = (draft.body as { doc: { id: number | string } }).doc.id
    const clash = await rest('PATCH', `/issues/${id}?draft=true`, { token: editorToken, json: { number: issue.number } })
    expect(clash.status).toBe(400)
    expect(errorText(clash.body)).toContain(`本专栏已有第 ${issue.number} 期`)
    const retitled = await rest('PATCH', `/issues/${id}?draft=true`, { token: editorToken, json: { title: '改号（修订）' } })
    expect(retitled.status).toBe(200)
    const saved = await payload.findByID({ collection: SLUGS.issues, id, draft: true, depth: 0 })
    expect([saved.title, saved.number]).toEqual(['改号（修订）', issue.number + 1000])
  })

  it('answers malformed JSON with a 4xx, not a 500', async () => {
    const request = new Request('http://localhost:3000/api/sources', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: '{"title": ',
    })
    const { handleEndpoints } = await import('payload')
    const config = (await import('@payload-config')).default
    const response = await handleEndpoints({ config, request })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})
