import { APIError, type CollectionBeforeChangeHook, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Lead, ThinkTank, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { createThinkTank, createUser, unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { runChildrenTogether } from '../helpers/spawn-child'

let payload: Payload
let editor: User
let thinkTank: ThinkTank

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createUser(payload, ['editor'])
  thinkTank = await createThinkTank(payload)
})

const makeLead = (overrides: Partial<Lead> = {}): Promise<Lead> =>
  payload.create({
    collection: SLUGS.leads,
    data: { url: `https://t${unique()}.org/report`, title: `Report ${unique()}`, thinkTank: thinkTank.id, status: 'new', ...overrides },
    overrideAccess: false,
    user: editor,
  })

/** What exists for the lead: articles naming it, sources with its URL, and the lead as stored. */
async function stateOf(lead: Lead) {
  const articles = await payload.find({ collection: SLUGS.articles, where: { lead: { equals: lead.id } }, depth: 0, pagination: false, draft: true })
  const sources = await payload.find({ collection: SLUGS.sources, where: { url: { equals: lead.url } }, depth: 0, pagination: false })
  const stored = await payload.findByID({ collection: SLUGS.leads, id: lead.id, depth: 0 })
  return { articles: articles.docs, sources: sources.docs, lead: stored }
}

describe('start-article, one per lead', () => {
  it('eight requests at once on one lead: one 201, seven 409, one article and one source', async () => {
    const lead = await makeLead()
    const token = await login(editor.email)
    const answers = await Promise.all(Array.from({ length: 8 }, () => rest('POST', `/leads/${lead.id}/start-article`, { token, headers: { 'accept-language': 'en' } })))
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409])
    const state = await stateOf(lead)
    expect(state.articles).toHaveLength(1)
    expect(state.sources).toHaveLength(1)
    expect(state.lead).toMatchObject({ status: 'used', article: state.articles[0]!.id, source: state.sources[0]!.id })
    expect(state.articles[0]!.sources).toEqual([state.sources[0]!.id])
    const refused = answers.find((answer) => answer.status === 409)!
    expect(JSON.stringify(refused.body)).toMatch(/already (started|used)/)
  })

  it('two app processes starting from one lead at once: one article, the rest 409', { timeout: 120_000 }, async () => {
    const lead = await makeLead()
    const args = [String(lead.id), String(editor.id), '3']
    const runs = await runChildrenTogether('tests/helpers/start-article-child.ts', [args, args], { ...process.env })
    const statuses = runs.flatMap((run) => {
      expect(run.code, run.stderr).toBe(0)
      return (run.lines[0] as { statuses: number[] }).statuses
    })
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409])
    const state = await stateOf(lead)
    expect(state.articles).toHaveLength(1)
    expect(state.sources).toHaveLength(1)
    expect(state.lead.status).toBe('used')
  })

  it('a failure after the article is written leaves nothing behind, and a retry works', async () => {
    const lead = await makeLead()
    const token = await login(editor.email)
    // The source step fails once for this lead (a fault injected into the live collection's hooks).
    const hooks = payload.collections[SLUGS.sources].config.hooks.beforeChange
    const failOnce: CollectionBeforeChangeHook = ({ data }) => {
      if (data.url === lead.url) throw new APIError('Injected failure', 400)
      return data
    }
    hooks.push(failOnce)
    let failed
    try {
      failed = await rest('POST', `/leads/${lead.id}/start-article`, { token })
    } finally {
      hooks.splice(hooks.indexOf(failOnce), 1)
    }
    expect(failed.status).toBe(400)
    const after = await stateOf(lead)
    expect(after.articles).toHaveLength(0)
    expect(after.sources).toHaveLength(0)
    expect(after.lead).toMatchObject({ status: 'new', article: null, source: null })
    const retried = await rest('POST', `/leads/${lead.id}/start-article`, { token })
    expect(retried.status).toBe(201)
    expect((await stateOf(lead)).articles).toHaveLength(1)
  })

  it('nobody sets or changes an article\'s lead by hand (REST, Local API with a user, duplicate)', async () => {
    const lead = await makeLead()
    const token = await login(editor.email)
    const started = await rest('POST', `/leads/${lead.id}/start-article`, { token })
    const article = started.body.article as { id: number; lead: number }
    expect(article.lead).toBe(lead.id)
    const other = await makeLead()
    // A hand-made article cannot claim a lead…
    const made = await rest('POST', '/articles?draft=true', {
      token,
      json: { headline: 'By hand', thinkTank: thinkTank.id, body: (started.body.article as { body: unknown }).body, slug: `hand-${unique()}`, lead: other.id },
    })
    expect(made.status).toBe(201)
    expect((made.body.doc as { lead?: unknown }).lead ?? null).toBeNull()
    // …nor move one.
    await rest('PATCH', `/articles/${article.id}?draft=true`, { token, json: { lead: other.id } })
    await payload.update({ collection: SLUGS.articles, id: article.id, data: { lead: other.id }, draft: true, overrideAccess: false, user: editor })
    const stored = await payload.findByID({ collection: SLUGS.articles, id: article.id, depth: 0, draft: true })
    expect(stored.lead).toBe(lead.id)
    // A duplicate is a new article, from no lead.
    // (The copy gets a slug of its own: the original's " - Copy" suffix is no valid slug.)
    const copy = await rest('POST', `/articles/${article.id}/duplicate?draft=true`, { token, json: { slug: `copy-${unique()}` } })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect((copy.body.doc as { lead?: unknown }).lead ?? null).toBeNull()
    // The other lead can still be started.
    expect((await rest('POST', `/leads/${other.id}/start-article`, { token })).status).toBe(201)
  })

  it('an administrator may still delete a used lead: its article stays, naming no lead', async () => {
    const admin = await createUser(payload, ['admin'])
    const lead = await makeLead()
    const started = await rest('POST', `/leads/${lead.id}/start-article`, { token: await login(editor.email) })
    const article = started.body.article as { id: number }
    expect((await rest('DELETE', `/leads/${lead.id}`, { token: await login(admin.email) })).status).toBe(200)
    const stored = await payload.findByID({ collection: SLUGS.articles, id: article.id, depth: 0, draft: true })
    expect(stored.lead ?? null).toBeNull()
  })
})
