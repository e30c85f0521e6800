import type { DataFromCollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { SCHEDULE_QUEUE } from '../../services/workflow/scheduled-publish'
import { SLUGS } from '../../src/collection-slugs'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, eventsOf, latest, published, releasedContent, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

const edit = <S extends 'issues' | 'articles' | 'sources'>(user: User, collection: S, id: number, data: Record<string, unknown>) =>
  payload.update({ collection, id, data: data as never, depth: 0, overrideAccess: false, user }) as Promise<DataFromCollectionSlug<S>>

describe('who edits what, by stage', () => {
  it('lets the editor edit a draft and records them as its author', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const edited = await edit(crew.editor, 'issues', issue.id, { title: `${issue.title} 修订` })
    expect(edited.title).toBe(`${issue.title} 修订`)
    expect((await latest(payload, issue)).authors).toEqual([crew.editor.id])
  })

  it('in 审核, refuses the editor but lets the assigned reviewer copy-edit', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'review')
    await expect(edit(crew.editor, 'issues', issue.id, { title: '编辑偷改' })).rejects.toMatchObject({ status: 403 })
    await expect(edit(crew.editor, 'articles', articles[0]!.id, { headline: '编辑偷改' })).rejects.toMatchObject({ status: 403 })
    const copyEdited = await edit(crew.reviewer, 'articles', articles[0]!.id, { headline: '审核润色后的标题' })
    expect(copyEdited.headline).toBe('审核润色后的标题')
  })

  it('in 排版, locks the text but lets the layout editor reorder articles and set display options', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew, { articleCount: 2 })
    await advanceTo(payload, crew, issue, 'layout')
    await expect(edit(crew.layout, 'issues', issue.id, { title: '排版改字' })).rejects.toMatchObject({ status: 403 })
    await expect(edit(crew.layout, 'articles', articles[0]!.id, { headline: '排版改字' })).rejects.toMatchObject({ status: 403 })
    const reordered = await edit(crew.layout, 'issues', issue.id, {
      articles: [articles[1]!.id, articles[0]!.id],
      displayOptions: { featured: true },
    })
    expect(reordered.articles).toEqual([articles[1]!.id, articles[0]!.id])
    await expect(edit(crew.layout, 'issues', issue.id, { articles: [articles[0]!.id] })).rejects.toMatchObject({ status: 403 })
  })

  it('in 终审 and once published, locks the issue and its articles for everyone', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew)
    let current = issue
    for (const stage of ['final', 'published'] as const) {
      current = await advanceTo(payload, crew, current, stage)
      for (const user of [crew.editor, crew.admin, crew.final1]) {
        await expect(edit(user, 'issues', issue.id, { title: '终审后改动' })).rejects.toMatchObject({ status: 403 })
        await expect(edit(user, 'articles', articles[0]!.id, { headline: '终审后改动' })).rejects.toMatchObject({ status: 403 })
      }
    }
    expect((await latest(payload, issue)).title).toBe(issue.title)
  })

  it('explains the lock over REST', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'final')
    const token = await login(crew.editor.email)
    const response = await rest('PATCH', `/articles/${articles[0]!.id}`, { token, json: { headline: 'changed' } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).toContain(`第 ${issue.number} 期`)
    const english = await rest('PATCH', `/articles/${articles[0]!.id}`, { token, json: { headline: 'changed' }, headers: { 'accept-language': 'en' } })
    expect(english.status).toBe(403)
    expect(JSON.stringify(english.body)).toContain(`Used by issue No. ${issue.number}`)
  })

  it('lets editors correct a source at any time: a signed issue that cites it returns to 审核, a published one keeps its release', async () => {
    const inFinal = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, inFinal.issue, 'final')
    const live = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, live.issue, 'published')
    const releaseBefore = await published(payload, live.issue)
    for (const { source } of [inFinal, live]) await edit(crew.editor, 'sources', source.id, { url: 'https://example.org/corrected' })
    expect((await latest(payload, inFinal.issue)).stage).toBe('review')
    expect(await published(payload, live.issue)).toEqual(releaseBefore)
    await expect(edit(crew.reviewer, 'sources', live.source.id, { url: 'https://example.org/other' })).rejects.toMatchObject({ status: 403 })
  })
})

describe('sign-offs bind the content they were given on', () => {
  it('voids the 审核 and 排版 sign-offs when a cited source changes, returning the issue to 审核', async () => {
    const { issue, source } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'final')
    await payload.update({ collection: SLUGS.sources, id: source.id, data: { url: 'https://example.org/moved' } })
    const after = await latest(payload, issue)
    expect([after.stage, after.signoffs]).toEqual(['review', []])
    expect((await eventsOf(payload, issue)).at(-1)).toMatchObject({ action: 'void', fromStage: 'final', toStage: 'review' })
    await expect(act(payload, after, crew.final1, { action: 'approve' })).rejects.toMatchObject({ status: 403 })
  })

  it('keeps 审核 but voids 排版 when only the article order changed', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew, { articleCount: 2 })
    await advanceTo(payload, crew, issue, 'final')
    await payload.update({ collection: SLUGS.issues, id: issue.id, data: { articles: [articles[1]!.id, articles[0]!.id] }, draft: true })
    const after = await latest(payload, issue)
    expect(after.stage).toBe('layout')
    expect((after.signoffs ?? []).map((signoff) => signoff.stage)).toEqual(['review'])
  })

  it('detects a change at the next action even if nothing re-checked it before', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew)
    const inFinal = await advanceTo(payload, crew, issue, 'final')
    // A write below Payload's hooks, as a database restore or a migration would make it.
    await payload.db.updateVersion({
      collection: SLUGS.articles,
      where: { parent: { equals: articles[0]!.id } },
      versionData: { version: { ...articles[0]!, headline: '被悄悄改过' } },
    }).catch(async () => {
      await payload.update({ collection: SLUGS.articles, id: articles[0]!.id, data: { headline: '被悄悄改过' }, draft: true, context: {} })
    })
    const current = await latest(payload, inFinal)
    if (current.stage === 'final') {
      await expect(act(payload, current, crew.final1, { action: 'approve' })).rejects.toMatchObject({ status: 409 })
    }
    expect((await latest(payload, issue)).stage).toBe('review')
  })

  it('voids every sign-off of the revision when the issue is sent back', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inFinal = await advanceTo(payload, crew, issue, 'final')
    const back = await act(payload, inFinal, crew.final1, { action: 'reject', comment: '第二节智库名称有误' })
    expect([back.stage, back.signoffs]).toEqual(['draft', []])
    expect((await eventsOf(payload, issue)).at(-1)).toMatchObject({ action: 'reject', comment: '第二节智库名称有误' })
  })
})

describe('concurrent actions', () => {
  it('counts exactly one of 20 simultaneous approvals of one stage and loses none', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inReview = await act(payload, issue, crew.editor, { action: 'submit' })
    const token = await login(crew.reviewer.email)
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        rest('POST', `/issues/${inReview.id}/workflow`, { token, json: { action: 'approve', expectedStage: 'review' } }),
      ),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(19)
    const after = await latest(payload, issue)
    expect(after.stage).toBe('layout')
    expect((after.signoffs ?? []).filter((signoff) => signoff.stage === 'review')).toHaveLength(1)
    expect((await eventsOf(payload, issue)).filter((event) => event.action === 'approve')).toHaveLength(1)
  })

  it('counts both of two simultaneous final approvals and publishes once', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inFinal = await advanceTo(payload, crew, issue, 'final')
    const results = await Promise.allSettled([
      act(payload, inFinal, crew.final1, { action: 'approve' }),
      act(payload, inFinal, crew.final2, { action: 'approve' }),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled'])
    const after = await latest(payload, issue)
    expect(after.stage).toBe('published')
    expect((after.signoffs ?? []).filter((signoff) => signoff.stage === 'final')).toHaveLength(2)
    expect((await eventsOf(payload, issue)).filter((event) => event.toStage === 'published')).toHaveLength(1)
  })

  it('refuses a second record of the same step even from another server process', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const submitted = await act(payload, issue, crew.editor, { action: 'submit' })
    const { commitPlan } = await import('../../services/workflow/intents')
    const { planAction } = await import('../../services/workflow/plan-action')
    const { toWorkflowState } = await import('../../services/workflow/issue-state')
    const { createLocalReq } = await import('payload')
    const { workflowWriteContext } = await import('../../services/payload/workflow-context')
    const req = await createLocalReq({ user: crew.reviewer, context: workflowWriteContext() }, payload)
    // Another process decided from the same state as this one, before it saw the submit.
    const stale = { ...submitted, workflowSequence: (submitted.workflowSequence ?? 1) - 1 }
    const plan = planAction(req, { issue: stale, state: { ...toWorkflowState(submitted), stage: 'layout' }, event: { action: 'approve', from: 'review', to: 'layout' } })
    await expect(commitPlan(req, plan)).rejects.toThrow()
    expect(await eventsOf(payload, issue)).toHaveLength(1)
    expect((await latest(payload, issue)).stage).toBe('review')
  })

  it('refuses a second record of the same step inside a transaction, where no intent is written', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const submitted = await act(payload, issue, crew.editor, { action: 'submit' })
    const { commitPlan, isClaimClash } = await import('../../services/workflow/intents')
    const { planAction } = await import('../../services/workflow/plan-action')
    const { toWorkflowState } = await import('../../services/workflow/issue-state')
    const { createLocalReq, initTransaction, killTransaction } = await import('payload')
    const { workflowWriteContext } = await import('../../services/payload/workflow-context')
    const req = await createLocalReq({ user: crew.reviewer, context: workflowWriteContext() }, payload)
    expect(await initTransaction(req)).toBe(true)
    const stale = { ...submitted, workflowSequence: (submitted.workflowSequence ?? 1) - 1 }
    const plan = planAction(req, { issue: stale, state: { ...toWorkflowState(submitted), stage: 'layout' }, event: { action: 'approve', from: 'review', to: 'layout' } })
    const refusal = await commitPlan(req, plan).then(() => null, (error: unknown) => error)
    await killTransaction(req)
    expect(isClaimClash(refusal)).toBe(true)
    expect(await eventsOf(payload, issue)).toHaveLength(1)
    expect((await latest(payload, issue)).stage).toBe('review')
    const intents = await payload.count({ collection: 'workflow-intents', where: { issueId: { equals: String(issue.id) } }, overrideAccess: true })
    expect(intents.totalDocs).toBe(0)
  })
})

const untilPast = (time: string) => new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(time).getTime() - Date.now() + 100)))

describe('scheduled publishing', () => {
  it('schedules an issue whose publishAt is in the future and publishes it through the jobs queue when due', async () => {
    // Far enough ahead for the chain to finish on a busy machine before the issue is due.
    const publishAt = new Date(Date.now() + 8000).toISOString()
    const { issue } = await createDraftIssue(payload, crew, { publishAt })
    const scheduled = await advanceTo(payload, crew, issue, 'scheduled')
    expect(scheduled.stage).toBe('scheduled')
    expect(await published(payload, issue)).toBeUndefined()
    await payload.jobs.run({ queue: SCHEDULE_QUEUE })
    expect(await published(payload, issue)).toBeUndefined()
    await untilPast(publishAt)
    await payload.jobs.run({ queue: SCHEDULE_QUEUE })
    expect((await published(payload, issue))?.title).toBe(issue.title)
    expect((await eventsOf(payload, issue)).at(-1)).toMatchObject({ action: 'publish', fromStage: 'scheduled', toStage: 'published' })
  })

  it('does not publish a scheduled issue that was reopened before its time', async () => {
    const publishAt = new Date(Date.now() + 8000).toISOString()
    const { issue } = await createDraftIssue(payload, crew, { publishAt })
    const scheduled = await advanceTo(payload, crew, issue, 'scheduled')
    await act(payload, scheduled, crew.admin, { action: 'reopen', comment: 'Fix a typo in the second section.' })
    await untilPast(publishAt)
    await payload.jobs.run({ queue: SCHEDULE_QUEUE })
    expect(await published(payload, issue)).toBeUndefined()
    expect((await latest(payload, issue)).stage).toBe('draft')
  })
})

describe('corrections', () => {
  it('keeps the published revision live while a reopened one goes through the chain again', async () => {
    const { issue, articles } = await createDraftIssue(payload, crew)
    const live = await advanceTo(payload, crew, issue, 'published')
    const reopened = await act(payload, live, crew.final1, { action: 'reopen', comment: 'Fix a typo in the second section.' })
    expect([reopened.stage, reopened.revision]).toEqual(['draft', 2])

    await edit(crew.editor, 'issues', issue.id, { title: `${issue.title}（更正）` })
    await edit(crew.editor, 'articles', articles[0]!.id, { body: paragraphsToLexical(['更正后的正文']) })
    expect((await published(payload, issue))?.title).toBe(issue.title)
    expect(JSON.stringify((await releasedContent(payload, issue))?.sections[0]?.body)).toContain('正文1')

    await advanceTo(payload, crew, reopened, 'published')
    expect((await published(payload, issue))?.title).toBe(`${issue.title}（更正）`)
    const corrected = await releasedContent(payload, issue)
    expect(JSON.stringify(corrected?.sections[0]?.body)).toContain('更正后的正文')
    expect(corrected?.correction?.note).toBe('Fix a typo in the second section.')
  })
})

describe('what readers see', () => {
  it('never shows an unpublished revision through REST, GraphQL or ?draft=true', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const live = await advanceTo(payload, crew, issue, 'published')
    await act(payload, live, crew.final1, { action: 'reopen', comment: 'Fix a typo in the second section.' })
    await edit(crew.editor, 'issues', issue.id, { title: '尚未发布的新标题' })

    // Readers get releases; the live, editable issue is staff-only however it is asked for.
    for (const path of [`/issues/${issue.id}`, `/issues/${issue.id}?draft=true`]) {
      const response = await rest('GET', path)
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.body)).not.toContain('尚未发布的新标题')
    }
    const listed = await rest('GET', `/issues?where[id][equals]=${issue.id}&draft=true`)
    expect(JSON.stringify(listed.body)).not.toContain('尚未发布的新标题')
    const viaGraphql = await graphql(`{ Issues(draft: true, where: { id: { equals: ${issue.id} } }) { docs { title } } }`)
    expect(JSON.stringify(viaGraphql.body)).not.toContain('尚未发布的新标题')
    for (const path of [`/issues/${issue.id}/release`, `/releases?where[issue][equals]=${issue.id}`]) {
      const response = await rest('GET', path)
      expect(response.status).toBe(200)
      expect(JSON.stringify(response.body)).toContain(issue.title)
      expect(JSON.stringify(response.body)).not.toContain('尚未发布的新标题')
    }
    const releasesViaGraphql = await graphql(`{ Releases(where: { issue: { equals: ${issue.id} } }) { docs { title content } } }`)
    expect(JSON.stringify(releasesViaGraphql.body)).toContain(issue.title)
    expect(JSON.stringify(releasesViaGraphql.body)).not.toContain('尚未发布的新标题')
    const versions = await rest('GET', `/issues/versions?where[parent][equals]=${issue.id}`)
    expect(versions.status).toBe(403)
  })
})

describe('the audit log', () => {
  it('cannot be changed or deleted by anyone, admins included, through any way in', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const [event] = await eventsOf(payload, issue)
    const token = await login(crew.admin.email)
    expect((await rest('PATCH', `/workflow-events/${event!.id}`, { token, json: { comment: 'rewritten' } })).status).toBe(403)
    expect((await rest('DELETE', `/workflow-events/${event!.id}`, { token })).status).toBe(403)
    expect(
      (await rest('POST', '/workflow-events', { token, json: { issue: issue.id, revision: 1, sequence: 99, claim: 'x', action: 'approve', fromStage: 'final', toStage: 'published' } })).status,
    ).toBe(403)
    const gql = await graphql(`mutation { deleteWorkflowEvent(id: ${event!.id}) { id } }`, { token })
    expect(JSON.stringify(gql.body)).toContain('errors')
    await expect(payload.update({ collection: SLUGS.workflowEvents, id: event!.id, data: { comment: 'system rewrite' } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: SLUGS.workflowEvents, id: event!.id })).rejects.toMatchObject({ status: 403 })
    expect(await eventsOf(payload, issue)).toEqual([event])
  })

  it('is readable by staff only', async () => {
    expect((await rest('GET', '/workflow-events')).status).toBe(403)
    const token = await login(crew.layout.email)
    expect((await rest('GET', '/workflow-events', { token })).status).toBe(200)
  })
})
