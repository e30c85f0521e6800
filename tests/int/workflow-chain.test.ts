import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { buildCredits, formatCreditLine, type CreditSignoff } from '../../src/content/credits'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { mailbox } from '../helpers/smtp-listener'
import { act, advanceTo, createCrew, createDraftIssue, eventsOf, latest, published, releasedContent, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

describe('the review chain, end to end', () => {
  it('takes an issue from draft through 审核, 排版 and both 终审 approvals to published', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    expect(await published(payload, issue)).toBeUndefined()

    const submitted = await act(payload, issue, crew.editor, { action: 'submit' })
    expect(submitted.stage).toBe('review')
    const laidOut = await act(payload, submitted, crew.reviewer, { action: 'approve', expectedStage: 'review' })
    expect(laidOut.stage).toBe('layout')
    const inFinal = await act(payload, laidOut, crew.layout, { action: 'approve' })
    expect(inFinal.stage).toBe('final')
    const oneFinal = await act(payload, inFinal, crew.final1, { action: 'approve' })
    expect(oneFinal.stage).toBe('final')
    expect(await published(payload, issue)).toBeUndefined()
    const done = await act(payload, oneFinal, crew.final2, { action: 'approve' })
    expect([done.stage, done._status]).toEqual(['published', 'published'])

    const live = await published(payload, issue)
    expect(live?.title).toBe(issue.title)
    expect(buildCredits((live?.signoffs ?? []) as CreditSignoff[]).map(formatCreditLine)).toEqual([
      `审核：${crew.reviewer.name}`,
      `排版：${crew.layout.name}`,
      `终审：${crew.final1.name}、${crew.final2.name}`,
    ])
    const events = await eventsOf(payload, issue)
    expect(events.map((event) => [event.action, event.fromStage, event.toStage])).toEqual([
      ['submit', 'draft', 'review'],
      ['approve', 'review', 'layout'],
      ['approve', 'layout', 'final'],
      ['approve', 'final', 'final'],
      ['approve', 'final', 'published'],
    ])
  })

  it('publishes the issue’s articles with it, so readers can open them in its release', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'published')
    const content = await releasedContent(payload, issue)
    expect(content?.sections.map((section) => section.headline)).toEqual(articles.map((article) => article.headline))
    const article = await payload.findByID({ collection: SLUGS.articles, id: articles[0]!.id, depth: 0 })
    expect(article._status).toBe('published')
  })

  it('emails the assigned reviewer when an issue is submitted', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const before = mailbox().length
    await act(payload, issue, crew.editor, { action: 'submit' })
    const mail = mailbox().slice(before).find((received) => received.to.includes(crew.reviewer.email))
    expect(mail).toBeDefined()
    expect(mail?.raw).toContain(issue.title.split(' ')[1])
    expect(mailbox().slice(before).flatMap((received) => received.to)).not.toContain(crew.layout.email)
  })

  it('emails the authors with the comment when an issue is sent back', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inReview = await act(payload, issue, crew.editor, { action: 'submit' })
    const before = mailbox().length
    const back = await act(payload, inReview, crew.reviewer, { action: 'reject', comment: 'Please fix the headline' })
    expect(back.stage).toBe('draft')
    const mail = mailbox().slice(before).find((received) => received.to.includes(crew.editor.email))
    expect(mail?.raw).toContain('Please fix the headline')
  })
})

describe('the endpoint POST /api/issues/:id/workflow', () => {
  it('answers 200 with the updated issue, and 401 to anonymous callers', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    expect((await rest('POST', `/issues/${issue.id}/workflow`, { json: { action: 'submit' } })).status).toBe(401)
    const token = await login(crew.editor.email)
    const response = await rest('POST', `/issues/${issue.id}/workflow`, { token, json: { action: 'submit' } })
    expect(response.status).toBe(200)
    expect((response.body.doc as { stage: string }).stage).toBe('review')
  })

  it('answers 400 for an unknown action, a reject without comment and a body that is not JSON', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const editorToken = await login(crew.editor.email)
    expect((await rest('POST', `/issues/${issue.id}/workflow`, { token: editorToken, json: { action: 'publish' } })).status).toBe(400)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const reviewerToken = await login(crew.reviewer.email)
    const reject = await rest('POST', `/issues/${issue.id}/workflow`, { token: reviewerToken, json: { action: 'reject' } })
    expect(reject.status).toBe(400)
    expect(JSON.stringify(reject.body)).toContain('退回时请填写意见')
    expect((await rest('POST', `/issues/${issue.id}/workflow`, { token: reviewerToken, json: 'approve' })).status).toBe(400)
    expect((await latest(payload, issue)).stage).toBe('review')
  })

  it('answers 403 to the wrong role and 409 to a stale expectedStage, changing nothing', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const layoutToken = await login(crew.layout.email)
    const wrongRole = await rest('POST', `/issues/${issue.id}/workflow`, { token: layoutToken, json: { action: 'approve' } })
    expect(wrongRole.status).toBe(403)
    expect(JSON.stringify(wrongRole.body)).toContain('只有审核人可以通过')
    const reviewerToken = await login(crew.reviewer.email)
    const stale = await rest('POST', `/issues/${issue.id}/workflow`, {
      token: reviewerToken,
      json: { action: 'approve', expectedStage: 'draft' },
    })
    expect(stale.status).toBe(409)
    expect((await latest(payload, issue)).stage).toBe('review')
    expect((await eventsOf(payload, issue)).length).toBe(1)
  })

  it('answers 404 for an issue that does not exist', async () => {
    const token = await login(crew.editor.email)
    expect((await rest('POST', `/issues/999999999/workflow`, { token, json: { action: 'submit' } })).status).toBe(404)
  })

  it('answers 422 when the editorial checks report an error', async () => {
    const { issue } = await createDraftIssue(payload, crew, { sources: false })
    const token = await login(crew.editor.email)
    const response = await rest('POST', `/issues/${issue.id}/workflow`, { token, json: { action: 'submit' } })
    expect(response.status).toBe(422)
    expect((await latest(payload, issue)).stage).toBe('draft')
  })

  it('tells a staff member where the issue stands and what they may do (GET)', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const token = await login(crew.reviewer.email)
    const response = await rest('GET', `/issues/${issue.id}/workflow`, { token })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ stage: 'review', allowedActions: ['approve', 'reject'] })
    expect((response.body.history as unknown[]).length).toBe(1)
  })
})

describe('separation of duties and several final approvers', () => {
  it('refuses the author of a revision signing it, even with the right role', async () => {
    const { issue } = await createDraftIssue(payload, crew, { assign: false })
    await payload.update({ collection: SLUGS.users, id: crew.editor.id, data: { roles: ['editor', 'reviewer'] } })
    try {
      const editorAsReviewer = { ...crew.editor, roles: ['editor', 'reviewer'] as ('editor' | 'reviewer')[] }
      const inReview = await act(payload, issue, editorAsReviewer, { action: 'submit' })
      await expect(act(payload, inReview, editorAsReviewer, { action: 'approve' })).rejects.toMatchObject({ status: 403 })
    } finally {
      await payload.update({ collection: SLUGS.users, id: crew.editor.id, data: { roles: ['editor'] } })
    }
  })

  it('refuses one person signing two stages of one revision', async () => {
    const { issue } = await createDraftIssue(payload, crew, { assign: false })
    const both = { ...crew.reviewer, roles: ['reviewer', 'layout'] as ('reviewer' | 'layout')[] }
    const inReview = await act(payload, issue, crew.editor, { action: 'submit' })
    const inLayout = await act(payload, inReview, both, { action: 'approve' })
    await expect(act(payload, inLayout, both, { action: 'approve' })).rejects.toMatchObject({ status: 403 })
    expect((await latest(payload, issue)).stage).toBe('layout')
  })

  it('takes the newsletter’s default final approvers when none are assigned', async () => {
    const { issue } = await createDraftIssue(payload, crew, { assign: false })
    const newsletterId = typeof issue.newsletter === 'object' ? issue.newsletter.id : issue.newsletter
    await payload.update({ collection: SLUGS.newsletters, id: newsletterId, data: { defaultFinalApprovers: [crew.final1.id, crew.final2.id] } })
    const inReview = await act(payload, issue, crew.editor, { action: 'submit' })
    expect(inReview.finalApprovers).toEqual([crew.final1.id, crew.final2.id])
  })

  it('refuses a final approver who is not assigned to the issue', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inFinal = await advanceTo(payload, crew, issue, 'final')
    const outsider = await payload.create({
      collection: SLUGS.users,
      data: { email: `outsider-${Date.now()}@example.test`, password: 'x-password-1', name: '外人', roles: ['final-approver'] },
    })
    await expect(act(payload, inFinal, outsider, { action: 'approve' })).rejects.toMatchObject({ status: 403 })
  })
})
