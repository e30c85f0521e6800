/**
 * The bypass matrix: every staff role × every stage × every way to write the workflow fields
 * directly (Local API as the user, REST, GraphQL) must be refused and change nothing; and every
 * role × stage × workflow action through the endpoint must do exactly what the chain allows.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Issue, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Stage } from '../../src/workflow/stages'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, latest, type Crew } from '../helpers/workflow'

const ROLES = ['editor', 'reviewer', 'layout', 'final-approver', 'admin'] as const
const STAGES = ['draft', 'review', 'layout', 'final', 'published'] as const
type RoleName = (typeof ROLES)[number]

let payload: Payload
let crew: Crew
const tokens = new Map<RoleName, string>()
const issues = new Map<Stage, Issue>()

const userFor = (role: RoleName): User =>
  ({ editor: crew.editor, reviewer: crew.reviewer, layout: crew.layout, 'final-approver': crew.final1, admin: crew.admin })[role]

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
  for (const role of ROLES) tokens.set(role, await login(userFor(role).email))
  for (const stage of STAGES) {
    const { issue } = await createDraftIssue(payload, crew)
    issues.set(stage, await advanceTo(payload, crew, issue, stage))
  }
}, 120_000)

/** Everything a bypass could alter: the latest revision's workflow fields and the live revision. */
async function snapshot(issue: Issue) {
  const current = await latest(payload, issue)
  const live = await payload.find({ collection: SLUGS.issues, where: { id: { equals: issue.id } }, depth: 0 })
  return {
    stage: current.stage,
    status: current._status,
    sequence: current.workflowSequence,
    signoffs: (current.signoffs ?? []).map((signoff) => [signoff.stage, signoff.name, signoff.contentHash]),
    live: live.docs.map((doc) => [doc._status, doc.stage, doc.updatedAt]),
  }
}

const FORGED_SIGNOFF = { stage: 'final', name: 'Forged approver', contentHash: 'x.y', imported: false }

const ATTEMPTS = {
  'move the stage': { rest: { stage: 'scheduled' }, graphql: 'stage: scheduled' },
  'add a sign-off': { rest: { signoffs: [FORGED_SIGNOFF] }, graphql: 'signoffs: [{ stage: final, name: "Forged approver" }]' },
  'publish by _status': { rest: { _status: 'published' }, graphql: '_status: published' },
} as const

type Way = 'local' | 'rest' | 'graphql'

async function attempt(way: Way, role: RoleName, issue: Issue, what: keyof typeof ATTEMPTS): Promise<number> {
  const body = ATTEMPTS[what]
  if (way === 'local') {
    try {
      await payload.update({ collection: SLUGS.issues, id: issue.id, data: body.rest as Partial<Issue>, overrideAccess: false, user: userFor(role) })
      return 200
    } catch (error) {
      return (error as { status?: number }).status ?? 500
    }
  }
  if (way === 'rest') return (await rest('PATCH', `/issues/${issue.id}`, { token: tokens.get(role), json: body.rest })).status
  const response = await graphql(`mutation { updateIssue(id: ${issue.id}, data: { ${body.graphql} }) { id stage } }`, {
    token: tokens.get(role),
  })
  const errors = response.body.errors as { extensions?: { statusCode?: number } }[] | undefined
  return errors?.[0]?.extensions?.statusCode ?? 200
}

const writeMatrix = ROLES.flatMap((role) =>
  STAGES.flatMap((stage) =>
    (Object.keys(ATTEMPTS) as (keyof typeof ATTEMPTS)[]).flatMap((what) =>
      (['local', 'rest', 'graphql'] as const).map((way) => [role, stage, what, way] as const),
    ),
  ),
)

describe(`direct writes of workflow fields (${writeMatrix.length} cases)`, () => {
  it.each(writeMatrix)('a %s cannot, in %s, %s through %s', async (role, stage, what, way) => {
    const issue = issues.get(stage)!
    const before = await snapshot(issue)
    const status = await attempt(way, role, issue, what)
    expect([400, 403]).toContain(status)
    expect(await snapshot(issue)).toEqual(before)
  })
})

/** What the chain allows, written out by hand (not derived from the rules under test). */
const ALLOWED: Record<(typeof STAGES)[number], Partial<Record<string, RoleName[]>>> = {
  draft: { submit: ['editor', 'admin'] },
  review: { approve: ['reviewer'], reject: ['reviewer'], withdraw: ['editor', 'admin'] },
  layout: { approve: ['layout'], reject: ['layout'], withdraw: ['editor', 'admin'] },
  final: { approve: ['final-approver'], reject: ['final-approver'], withdraw: ['editor', 'admin'] },
  published: { reopen: ['final-approver', 'admin'] },
}
const ACTIONS = ['submit', 'approve', 'reject', 'withdraw', 'reopen'] as const
const EXPECTED_STAGE: Record<string, Partial<Record<Stage, Stage>>> = {
  submit: { draft: 'review' },
  approve: { review: 'layout', layout: 'final', final: 'final' },
  reject: { review: 'draft', layout: 'draft', final: 'draft' },
  withdraw: { review: 'draft', layout: 'draft', final: 'draft' },
  reopen: { published: 'draft' },
}

const actionMatrix = ROLES.flatMap((role) =>
  STAGES.flatMap((stage) =>
    ACTIONS.map((action) => [role, stage, action, ALLOWED[stage][action]?.includes(role) ?? false] as const),
  ),
)

describe(`workflow actions through the endpoint (${actionMatrix.length} cases)`, () => {
  it.each(actionMatrix)('a %s in %s trying %s → allowed: %s', async (role, stage, action, allowed) => {
    const json = { action, comment: 'matrix comment' }
    if (!allowed) {
      const issue = issues.get(stage)!
      const before = await snapshot(issue)
      const response = await rest('POST', `/issues/${issue.id}/workflow`, { token: tokens.get(role), json })
      expect([403, 409]).toContain(response.status)
      expect(await snapshot(issue)).toEqual(before)
      return
    }
    const { issue } = await createDraftIssue(payload, crew)
    const ready = await advanceTo(payload, crew, issue, stage)
    const response = await rest('POST', `/issues/${ready.id}/workflow`, { token: tokens.get(role), json })
    expect(response.status).toBe(200)
    expect((await latest(payload, ready)).stage).toBe(EXPECTED_STAGE[action]![stage])
  })
})

describe('the Local API as a user goes through the same rules', () => {
  it('refuses a layout editor approving 审核 and accepts the reviewer', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inReview = await act(payload, issue, crew.editor, { action: 'submit' })
    await expect(act(payload, inReview, crew.layout, { action: 'approve' })).rejects.toMatchObject({ status: 403 })
    expect((await act(payload, inReview, crew.reviewer, { action: 'approve' })).stage).toBe('layout')
  })
})
