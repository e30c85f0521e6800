import { describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { signoffHash, type ContentFingerprint } from '../../src/workflow/content-fingerprint'
import { allowedActions, decide, type Decision, type WorkflowCommand } from '../../src/workflow/machine'
import type { WorkflowActor, WorkflowState } from '../../src/workflow/types'
import { chineseIn, englishPhrasesIn } from '../helpers/one-language'

const person = (id: number, ...roles: Role[]): WorkflowActor => ({ id, roles, name: `P${id}` })
const editor = person(1, 'editor')
const reviewer = person(2, 'reviewer')
const layout = person(3, 'layout')
const final1 = person(4, 'final-approver')
const final2 = person(5, 'final-approver')
const admin = person(9, 'admin')

const content: ContentFingerprint = { text: 'T1', presentation: 'P1' }
const NOW = new Date('2026-01-10T08:00:00Z')

const state = (overrides: Partial<WorkflowState> = {}): WorkflowState => ({
  stage: 'draft',
  revision: 1,
  authorIds: [editor.id],
  submittedBy: null,
  assignees: {},
  signoffs: [],
  publishAt: null,
  ...overrides,
})

const run = (from: WorkflowState, action: string, actor: WorkflowActor | null, extra: Partial<WorkflowCommand> = {}): Decision =>
  decide(from, { action, actor, fingerprint: content, checkErrors: 0, now: NOW, ...extra })

const ok = (decision: Decision) => {
  if (!decision.ok) throw new Error(`expected a transition, got ${decision.status} ${decision.message}`)
  return decision
}

const signoff = (stage: 'review' | 'layout' | 'final', actor: WorkflowActor, hash = signoffHash(content)) => ({
  stage,
  userId: actor.id,
  name: actor.name,
  signedAt: NOW.toISOString(),
  contentHash: hash,
})

const inReview = () => ok(run(state(), 'submit', editor)).state
const inLayout = () => ok(run(inReview(), 'approve', reviewer)).state
const inFinal = (finalApproverIds = [final1.id, final2.id]) => ok(run({ ...inLayout(), assignees: { final: finalApproverIds } }, 'approve', layout)).state

describe('submit', () => {
  it('moves a draft to 审核 and notifies the reviewers', () => {
    const decision = ok(run(state(), 'submit', editor))
    expect([decision.from, decision.to, decision.notify]).toEqual(['draft', 'review', 'review'])
    expect(decision.state.submittedBy).toBe(editor.id)
  })

  it('is refused for anyone but an editor or admin', () => {
    expect(run(state(), 'submit', reviewer)).toMatchObject({ ok: false, status: 403 })
    expect(ok(run(state(), 'submit', admin)).to).toBe('review')
  })

  it('is blocked with 422 while the editorial checks report errors', () => {
    expect(run(state(), 'submit', editor, { checkErrors: 2 })).toMatchObject({ status: 422, code: 'checks-failed' })
  })

  it('is refused with 409 outside the draft stage', () => {
    expect(run(inReview(), 'submit', editor)).toMatchObject({ status: 409, code: 'wrong-stage' })
  })
})

describe('approve', () => {
  it('takes the issue through 审核 and 排版 to 终审, recording bound sign-offs', () => {
    const final = inFinal()
    expect(final.stage).toBe('final')
    expect(final.signoffs.map((s) => [s.stage, s.userId, s.contentHash])).toEqual([
      ['review', reviewer.id, 'T1.P1'],
      ['layout', layout.id, 'T1.P1'],
    ])
  })

  it('needs every assigned final approver; the last approval publishes', () => {
    const first = ok(run(inFinal(), 'approve', final1))
    expect([first.to, first.effect]).toEqual(['final', 'none'])
    const second = ok(run(first.state, 'approve', final2))
    expect([second.to, second.effect]).toEqual(['published', 'publish'])
  })

  it('publishes on one final approval when nobody is assigned', () => {
    expect(ok(run(inFinal([]), 'approve', final2)).effect).toBe('publish')
  })

  it('schedules instead when publishAt is in the future', () => {
    const final = { ...inFinal([final1.id]), publishAt: '2026-02-01T00:00:00Z' }
    const decision = ok(run(final, 'approve', final1))
    expect([decision.to, decision.effect]).toEqual(['scheduled', 'schedule'])
  })

  it('publishes at once when publishAt has passed', () => {
    const final = { ...inFinal([final1.id]), publishAt: '2025-12-01T00:00:00Z' }
    expect(ok(run(final, 'approve', final1)).effect).toBe('publish')
  })

  it.each([
    ['review', () => inReview(), layout],
    ['layout', () => inLayout(), reviewer],
    ['final', () => inFinal(), layout],
  ] as const)('refuses the wrong role in %s with a message naming the role', (_stage, make, actor) => {
    const decision = run(make(), 'approve', actor)
    expect(decision).toMatchObject({ ok: false, status: 403, code: 'wrong-role' })
    expect(!decision.ok && decision.message).toMatch(/^只有(审核人|排版编辑|终审人)可以通过/)
    const english = run(make(), 'approve', actor, { language: 'en' })
    expect(!english.ok && english.message).toMatch(/^Only a (reviewer|layout editor|final approver) can approve/)
  })

  it('rejects a reviewer approving the final stage', () => {
    expect(run(inFinal(), 'approve', person(20, 'reviewer'))).toMatchObject({ status: 403 })
  })

  it('refuses someone who is not the assigned person', () => {
    const assigned = state({ stage: 'review', assignees: { review: [77] } })
    expect(run(assigned, 'approve', reviewer)).toMatchObject({ status: 403, code: 'not-assigned' })
    expect(run(inFinal([final1.id]), 'approve', final2)).toMatchObject({ status: 403, code: 'not-assigned' })
  })

  it('refuses a person signing an issue they wrote', () => {
    const writer = person(30, 'editor', 'reviewer')
    const review = ok(run(state({ authorIds: [writer.id] }), 'submit', writer)).state
    expect(run(review, 'approve', writer)).toMatchObject({ status: 403, code: 'own-work' })
  })

  it('refuses one person signing two stages of a revision', () => {
    const both = person(31, 'reviewer', 'layout')
    const layoutStage = ok(run(inReview(), 'approve', both)).state
    expect(run(layoutStage, 'approve', both)).toMatchObject({ status: 403, code: 'second-stage' })
  })

  it('counts a final approver once', () => {
    const once = ok(run(inFinal(), 'approve', final1)).state
    expect(run(once, 'approve', final1)).toMatchObject({ status: 409, code: 'already-approved' })
  })

  it('is blocked with 422 by editorial errors', () => {
    expect(run(inReview(), 'approve', reviewer, { checkErrors: 1 })).toMatchObject({ status: 422 })
  })

  it('has nothing to approve in draft or published', () => {
    expect(run(state(), 'approve', reviewer)).toMatchObject({ status: 409 })
    expect(run(state({ stage: 'published' }), 'approve', final1)).toMatchObject({ status: 409 })
  })
})

describe('reject', () => {
  it('sends the issue back to draft and voids every sign-off of the revision', () => {
    const decision = ok(run(inFinal(), 'reject', final1, { comment: '第二节标题有误' }))
    expect([decision.to, decision.state.signoffs]).toEqual(['draft', []])
  })

  it('needs a comment', () => {
    expect(run(inReview(), 'reject', reviewer)).toMatchObject({ status: 400, code: 'comment-required' })
    expect(run(inReview(), 'reject', reviewer, { comment: '   ' })).toMatchObject({ status: 400 })
  })

  it("is only for the stage's role", () => {
    expect(run(inLayout(), 'reject', reviewer, { comment: 'x' })).toMatchObject({ status: 403 })
  })
})

describe('withdraw', () => {
  it('lets the submitting editor take the issue back to draft', () => {
    expect(ok(run(inLayout(), 'withdraw', editor)).state).toMatchObject({ stage: 'draft', signoffs: [] })
  })

  it('refuses another editor', () => {
    expect(run(inReview(), 'withdraw', person(40, 'editor'))).toMatchObject({ status: 403, code: 'not-submitter' })
  })
})

describe('reopen', () => {
  it('starts a new draft revision of a published issue', () => {
    const decision = ok(run(state({ stage: 'published', signoffs: [signoff('review', reviewer)] }), 'reopen', final1, { comment: ' Wrong date in section 2 ' }))
    expect(decision.state).toMatchObject({ stage: 'draft', revision: 2, signoffs: [], authorIds: [], correctionNote: 'Wrong date in section 2' })
    expect(decision.effect).toBe('none')
  })

  it('cancels the schedule of a scheduled issue', () => {
    expect(ok(run(state({ stage: 'scheduled' }), 'reopen', admin, { comment: 'Hold for a week' })).effect).toBe('unschedule')
  })

  it('needs a comment, which becomes the public correction note', () => {
    expect(run(state({ stage: 'published' }), 'reopen', admin)).toMatchObject({ status: 400, code: 'comment-required' })
    expect(run(state({ stage: 'published' }), 'reopen', admin, { comment: '   ' })).toMatchObject({ status: 400, code: 'comment-required' })
  })

  it('is refused to editors and for unpublished issues', () => {
    expect(run(state({ stage: 'published' }), 'reopen', editor)).toMatchObject({ status: 403 })
    expect(run(inReview(), 'reopen', admin)).toMatchObject({ status: 409 })
  })
})

describe('every command', () => {
  it('needs a logged-in actor (401)', () => {
    expect(run(state(), 'submit', null)).toMatchObject({ status: 401 })
  })

  it('refuses an unknown action with 400', () => {
    expect(run(state(), 'publish', admin)).toMatchObject({ status: 400, code: 'unknown-action' })
  })

  it('refuses a stale expectedStage with 409 and an unknown one with 400', () => {
    expect(run(inReview(), 'approve', reviewer, { expectedStage: 'draft' })).toMatchObject({ status: 409, code: 'stale-stage' })
    expect(run(inReview(), 'approve', reviewer, { expectedStage: 'limbo' })).toMatchObject({ status: 400 })
    expect(ok(run(inReview(), 'approve', reviewer, { expectedStage: 'review' })).to).toBe('layout')
  })
})

describe('sign-offs bind content', () => {
  it('voids the 审核 sign-off and later ones when the text changed, returning to 审核', () => {
    const final = inFinal()
    const decision = run(final, 'approve', final1, { fingerprint: { text: 'T2', presentation: 'P1' } })
    expect(decision).toMatchObject({ ok: false, status: 409, code: 'content-changed', voidedStage: 'review' })
    expect('rebound' in decision && decision.rebound).toMatchObject({ stage: 'review', signoffs: [] })
  })

  it('keeps the 审核 sign-off when only the presentation changed, returning to 排版', () => {
    const decision = run(inFinal(), 'approve', final1, { fingerprint: { text: 'T1', presentation: 'P2' } })
    expect(decision).toMatchObject({ voidedStage: 'layout' })
    expect('rebound' in decision && decision.rebound.signoffs.map((s) => s.stage)).toEqual(['review'])
  })

  it('leaves imported sign-offs of archived issues alone', () => {
    const archived = state({ stage: 'final', signoffs: [{ ...signoff('review', reviewer, 'old.old'), imported: true }] })
    expect(run(archived, 'approve', final1).ok).toBe(true)
  })
})

describe('allowedActions', () => {
  it('offers each person what they can do now', () => {
    expect(allowedActions(state(), editor, content)).toEqual(['submit'])
    expect(allowedActions(inReview(), reviewer, content)).toEqual(['approve', 'reject'])
    expect(allowedActions(inReview(), editor, content)).toEqual(['withdraw'])
    expect(allowedActions(inReview(), layout, content)).toEqual([])
    expect(allowedActions(state({ stage: 'published' }), final1, content)).toEqual(['reopen'])
  })
})

describe('refusals speak one language', () => {
  const refusals = (language: 'zh' | 'en') => {
    const published = { ...inFinal([final1.id]), stage: 'published' as const }
    return [
      run(state(), 'submit', reviewer, { language }),
      run(state(), 'submit', editor, { language, checkErrors: 2 }),
      run(state(), 'approve', reviewer, { language }),
      run(inReview(), 'approve', layout, { language }),
      run(state({ stage: 'review', assignees: { review: [77] } }), 'approve', reviewer, { language }),
      run(inReview(), 'approve', person(1, 'editor', 'reviewer'), { language }),
      run(inLayout(), 'approve', { ...reviewer, roles: ['reviewer', 'layout'] }, { language }),
      run(inReview(), 'reject', reviewer, { language }),
      run(inReview(), 'withdraw', person(30, 'editor'), { language }),
      run(published, 'reopen', reviewer, { language }),
      run(published, 'reopen', admin, { language }),
      run(inReview(), 'approve', reviewer, { language, expectedStage: 'layout' }),
      run(inReview(), 'approve', reviewer, { language, expectedStage: 'nowhere' }),
      run(inReview(), 'fly', reviewer, { language }),
      run(inReview(), 'approve', null, { language }),
      run({ ...inFinal([final1.id]), signoffs: [signoff('review', reviewer, 'old')] }, 'approve', final1, { language }),
    ]
  }

  it('answers a Chinese request with no English phrase, keeping the codes', () => {
    const decisions = refusals('zh')
    expect(decisions.every((decision) => !decision.ok)).toBe(true)
    for (const decision of decisions) {
      if (decision.ok) continue
      expect(englishPhrasesIn(decision.message), `${decision.code}: ${decision.message}`).toEqual([])
      expect(decision.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(decisions.map((decision) => !decision.ok && decision.code)).toEqual([
      'wrong-role',
      'checks-failed',
      'wrong-stage',
      'wrong-role',
      'not-assigned',
      'own-work',
      'second-stage',
      'comment-required',
      'not-submitter',
      'wrong-role',
      'comment-required',
      'stale-stage',
      'unknown-stage',
      'unknown-action',
      'anonymous',
      'content-changed',
    ])
  })

  it('answers an English request with no Chinese character', () => {
    for (const decision of refusals('en')) {
      if (decision.ok) continue
      expect(chineseIn(decision.message), `${decision.code}: ${decision.message}`).toEqual([])
    }
  })
})
