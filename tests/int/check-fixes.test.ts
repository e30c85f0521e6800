import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { lexicalToPlainText, paragraphsToLexical, type LexicalDocument } from '../../src/richtext/lexical-json'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { advanceTo, createCrew, createDraftIssue, latest, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
  for (const role of ['editor', 'reviewer', 'layout', 'admin'] as const) tokens[role] = await login(crew[role].email)
})

type Finding = { code: string; severity: string; location: string; message: string; fix?: { written: string; term: string } }
const findingsOf = (body: Record<string, unknown>) => body.findings as Finding[]

/** A draft whose one article says "ai" twice, "nist" once and dates its report a month late. */
async function issueWithMisspellings() {
  const draft = await createDraftIssue(payload, crew)
  const article = draft.articles[0]!
  await payload.update({
    collection: SLUGS.articles,
    id: article.id,
    data: { body: paragraphsToLexical(['ai治理与nist框架。', '再谈ai安全。']) },
    draft: true,
    overrideAccess: false,
    user: crew.editor,
  })
  await payload.update({ collection: SLUGS.issues, id: draft.issue.id, data: { title: `ai周报 ${draft.issue.id}` }, draft: true, overrideAccess: false, user: crew.editor })
  return { ...draft, article }
}

const bodyOf = async (article: Article) =>
  lexicalToPlainText((await payload.findByID({ collection: SLUGS.articles, id: article.id, draft: true, depth: 0 })).body as LexicalDocument)

describe('finding messages in the language of the request', () => {
  it('answers in Chinese by default, in English for Accept-Language: en, and follows the admin language cookie first', async () => {
    const { issue } = await issueWithMisspellings()
    const asked = async (headers: Record<string, string>) => findingsOf((await rest('GET', `/issues/${issue.id}/workflow`, { token: tokens.editor, headers })).body)
    const [zh, en, cookie] = await Promise.all([asked({}), asked({ 'accept-language': 'en-US,en;q=0.9' }), asked({ 'accept-language': 'en', cookie: 'payload-lng=zh' })])
    const stable = (findings: Finding[]) => findings.map((finding) => [finding.code, finding.location, finding.severity])
    expect(stable(en)).toEqual(stable(zh))
    expect(stable(cookie)).toEqual(stable(zh))
    expect(zh.find((finding) => finding.location === 'issue')?.message).toBe('标题中的“ai”应写作“AI”（1 处）。')
    expect(en.find((finding) => finding.location === 'issue')?.message).toBe('"ai" should be written "AI" in the title (1×).')
    expect(cookie.map((finding) => finding.message)).toEqual(zh.map((finding) => finding.message))
    for (const finding of en) expect(finding.message).not.toMatch(/应写作|处）|引用|标题/)
    const checks = await rest('GET', `/issues/${issue.id}/checks`, { token: tokens.editor, headers: { 'accept-language': 'en' } })
    expect(findingsOf(checks.body).map((finding) => finding.message)).toEqual(en.map((finding) => finding.message))
  })
})

describe('POST /api/issues/:id/checks/fix', () => {
  it('fixes one spelling in an article through the editor’s own edit and answers with the findings after it', async () => {
    const { issue, article } = await issueWithMisspellings()
    const location = `article:${article.id}`
    const fixed = await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { code: 'style-term-case', location, written: 'ai' } })
    expect(fixed.status).toBe(200)
    const after = findingsOf(fixed.body)
    expect(after.filter((finding) => finding.location === location && finding.code === 'style-term-case').map((finding) => finding.fix?.written)).toEqual(['nist'])
    expect(await bodyOf(article)).toBe('AI治理与nist框架。\n再谈AI安全。')
    // The edit is the editor's: a new draft version of the article, saved by them.
    const versions = await payload.findVersions({ collection: SLUGS.articles, where: { parent: { equals: article.id } }, sort: '-updatedAt', limit: 1 })
    expect(versions.docs[0]?.version.body).toMatchObject({ root: { children: [{ children: [{ text: 'AI治理与nist框架。' }] }, expect.anything()] } })

    const again = await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { code: 'style-term-case', location, written: 'ai' } })
    expect(again.status).toBe(409)
    // Without a spelling, every term fix at that place; the title is its own place.
    const rest1 = await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { code: 'style-term-case', location } })
    expect(rest1.status).toBe(200)
    expect(findingsOf(rest1.body).filter((finding) => finding.code === 'style-term-case').map((finding) => finding.location)).toEqual(['issue'])
    const title = await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { code: 'style-term-case', location: 'issue' } })
    expect(title.status).toBe(200)
    expect(findingsOf(title.body).filter((finding) => finding.code === 'style-term-case')).toEqual([])
    expect((await latest(payload, issue)).title).toBe(`AI周报 ${issue.id}`)
  })

  it('refuses anonymous readers (401), staff who may not edit the draft (403), unknown or unfixable findings (409/400) and malformed requests (400)', async () => {
    const { issue, article } = await issueWithMisspellings()
    const json = { code: 'style-term-case', location: `article:${article.id}`, written: 'ai' }
    expect((await rest('POST', `/issues/${issue.id}/checks/fix`, { json })).status).toBe(401)
    expect((await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.layout, json })).status).toBe(403)
    expect((await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { ...json, location: 'article:999999' } })).status).toBe(409)
    expect((await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { ...json, written: 'Ai' } })).status).toBe(409)
    expect((await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: { ...json, location: '../etc' } })).status).toBe(400)
    expect((await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json: [] })).status).toBe(400)
    expect((await rest('POST', '/issues/99999999/checks/fix', { token: tokens.editor, json })).status).toBe(404)
    const withoutArticles = await createDraftIssue(payload, crew, { articleCount: 0 })
    const unfixable = await rest('POST', `/issues/${withoutArticles.issue.id}/checks/fix`, { token: tokens.editor, json: { code: 'issue-without-articles', location: 'issue' } })
    expect(unfixable.status).toBe(400)
    expect(await bodyOf(article)).toBe('ai治理与nist框架。\n再谈ai安全。')
  })

  it('goes through the edit policy: in 审核 the editor is refused, the assigned reviewer may fix', async () => {
    const { issue, article } = await issueWithMisspellings()
    await advanceTo(payload, crew, await latest(payload, issue), 'review')
    const json = { code: 'style-term-case', location: `article:${article.id}`, written: 'ai' }
    const refused = await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.editor, json })
    expect(refused.status).toBe(403)
    expect(await bodyOf(article)).toBe('ai治理与nist框架。\n再谈ai安全。')
    const fixed = await rest('POST', `/issues/${issue.id}/checks/fix`, { token: tokens.reviewer, json })
    expect(fixed.status).toBe(200)
    expect(await bodyOf(article)).toBe('AI治理与nist框架。\n再谈AI安全。')
  })
})
