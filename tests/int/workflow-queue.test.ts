import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issuesWaitingFor } from '../../services/workflow/waiting-for'
import { SLUGS } from '../../src/collection-slugs'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

const idsWaitingFor = async (user: Crew[keyof Crew]) => (await issuesWaitingFor(payload, user)).map((item) => item.issue.id)

describe('the "waiting for me" queue', () => {
  it('shows each issue to the person whose step it is, and to nobody else', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    expect(await idsWaitingFor(crew.editor)).toContain(issue.id)
    expect(await idsWaitingFor(crew.reviewer)).not.toContain(issue.id)

    const inReview = await act(payload, issue, crew.editor, { action: 'submit' })
    expect(await idsWaitingFor(crew.reviewer)).toContain(issue.id)
    expect(await idsWaitingFor(crew.editor)).not.toContain(issue.id)
    expect(await idsWaitingFor(crew.layout)).not.toContain(issue.id)

    const inFinal = await advanceTo(payload, crew, inReview, 'final')
    expect(await idsWaitingFor(crew.final1)).toContain(issue.id)
    await act(payload, inFinal, crew.final1, { action: 'approve' })
    expect(await idsWaitingFor(crew.final1)).not.toContain(issue.id)
    expect(await idsWaitingFor(crew.final2)).toContain(issue.id)
  })

  it('offers the actions the person may take', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const item = (await issuesWaitingFor(payload, crew.reviewer)).find((entry) => entry.issue.id === issue.id)
    expect(item?.actions).toEqual(['approve', 'reject'])
  })
})

describe('deleting issues', () => {
  it('lets an admin delete a draft that never entered the chain', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const token = await login(crew.admin.email)
    expect((await rest('DELETE', `/issues/${issue.id}`, { token })).status).toBe(200)
  })

  it('refuses with 409 to delete an issue that has a review history', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const token = await login(crew.admin.email)
    const response = await rest('DELETE', `/issues/${issue.id}`, { token })
    expect(response.status).toBe(409)
    expect((await payload.count({ collection: SLUGS.issues, where: { id: { equals: issue.id } } })).totalDocs).toBe(1)
  })
})
