import { describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { buildCreditsOn, formatCreditLine } from '../../src/content/credits'
import { bilingual } from '../../src/i18n/bilingual'
import { REVIEW_CHAIN, type ChainStep, type ReviewChain } from '../../src/workflow/chain'
import { creditLinePattern, labelOf, stageOfCreditLabel, stagesOf } from '../../src/workflow/chain-lookup'
import type { ContentFingerprint } from '../../src/workflow/content-fingerprint'
import { judgeIssueEditOn } from '../../src/workflow/edit-policy'
import { allowedActionsOn, decide, decideOn, type Decision, type WorkflowCommand } from '../../src/workflow/machine'
import { recipientsOn } from '../../src/workflow/recipients'
import { reconcileSignoffsOn } from '../../src/workflow/signoff-rules'
import type { SignoffStage } from '../../src/workflow/stages'
import type { WorkflowActor, WorkflowState } from '../../src/workflow/types'

// The production table with one more row: 校对 (proofreading) between 审核 and 排版, signed by a
// second person with the reviewer role; nothing else in the code knows about it.
type VariantStage = SignoffStage | 'proofread'

const PROOFREAD: ChainStep<'proofread'> = {
  stage: 'proofread',
  label: bilingual('校对', 'Proofreading'),
  role: 'reviewer',
  roleName: bilingual('校对人', 'proofreader'),
  assigneeField: 'proofreader',
  completes: 'one',
  covers: 'text',
  creditLabel: '校对',
  assigneeEdits: 'text+presentation',
  notify: 'assignees-else-role',
}
const [review, layoutStep, final] = REVIEW_CHAIN
const WITH_PROOFREAD: ReviewChain<VariantStage> = [review, PROOFREAD, layoutStep, final]

const person = (id: number, ...roles: Role[]): WorkflowActor => ({ id, roles, name: `P${id}` })
const editor = person(1, 'editor')
const reviewer = person(2, 'reviewer')
const proofreader = person(6, 'reviewer')
const layout = person(3, 'layout')
const final1 = person(4, 'final-approver')
const admin = person(9, 'admin')

const content: ContentFingerprint = { text: 'T1', presentation: 'P1' }
const NOW = new Date('2026-01-10T08:00:00Z')

const state = (overrides: Partial<WorkflowState<VariantStage>> = {}): WorkflowState<VariantStage> => ({
  stage: 'draft',
  revision: 1,
  authorIds: [editor.id],
  submittedBy: null,
  assignees: {},
  signoffs: [],
  publishAt: null,
  ...overrides,
})

const run = (from: WorkflowState<VariantStage>, action: string, actor: WorkflowActor, extra: Partial<WorkflowCommand> = {}): Decision<VariantStage> =>
  decideOn(WITH_PROOFREAD, from, { action, actor, fingerprint: content, checkErrors: 0, now: NOW, ...extra })

const ok = (decision: Decision<VariantStage>) => {
  if (!decision.ok) throw new Error(`expected a transition, got ${decision.status} ${decision.message}`)
  return decision
}

const inReview = () => ok(run(state(), 'submit', editor)).state
const inProofread = () => ok(run(inReview(), 'approve', reviewer)).state
const inLayout = () => ok(run(inProofread(), 'approve', proofreader)).state
const inFinal = () => ok(run(inLayout(), 'approve', layout)).state

describe('a chain with 校对 between 审核 and 排版', () => {
  it('lists the new stage in order, with its label, for select options and expectedStage', () => {
    expect(stagesOf(WITH_PROOFREAD)).toEqual(['draft', 'review', 'proofread', 'layout', 'final', 'scheduled', 'published'])
    expect(labelOf(WITH_PROOFREAD, 'proofread')).toEqual({ zh: '校对', en: 'Proofreading' })
    expect(ok(run(inProofread(), 'approve', proofreader, { expectedStage: 'proofread' })).to).toBe('layout')
    const productionReview: WorkflowState = { ...state(), stage: 'review', assignees: {}, signoffs: [] }
    const command = { action: 'approve', actor: reviewer, expectedStage: 'proofread', fingerprint: content, checkErrors: 0, now: NOW }
    expect(decide(productionReview, command)).toMatchObject({ status: 400, code: 'unknown-stage' })
  })

  it('moves review → proofread → layout → final → published, notifying each stage as it is entered', () => {
    const moves: [string, string, string | null][] = []
    let current = state()
    for (const [action, actor] of [['submit', editor], ['approve', reviewer], ['approve', proofreader], ['approve', layout], ['approve', final1]] as const) {
      const decision = ok(run(current, action, actor))
      moves.push([decision.from, decision.to, decision.notify])
      current = decision.state
    }
    expect(moves).toEqual([
      ['draft', 'review', 'review'],
      ['review', 'proofread', 'proofread'],
      ['proofread', 'layout', 'layout'],
      ['layout', 'final', 'final'],
      ['final', 'published', null],
    ])
    expect(current.signoffs.map((signoff) => [signoff.stage, signoff.userId])).toEqual([
      ['review', reviewer.id],
      ['proofread', proofreader.id],
      ['layout', layout.id],
      ['final', final1.id],
    ])
  })

  it('applies the stage role, assignment and one-person-one-stage rules to 校对', () => {
    const wrongRole = run(inProofread(), 'approve', layout)
    expect(wrongRole).toMatchObject({ status: 403, code: 'wrong-role', message: '只有校对人可以通过处于「校对」阶段的期刊。' })
    expect(run(inProofread(), 'approve', layout, { language: 'en' })).toMatchObject({ message: 'Only a proofreader can approve an issue in the Proofreading stage.' })
    expect(run(inProofread(), 'approve', reviewer)).toMatchObject({ status: 403, code: 'second-stage', message: expect.stringContaining('「审核」') })
    const assigned = { ...inProofread(), assignees: { proofread: [77] } }
    expect(run(assigned, 'approve', proofreader)).toMatchObject({ status: 403, code: 'not-assigned' })
    expect(allowedActionsOn(WITH_PROOFREAD, inProofread(), proofreader, content)).toEqual(['approve', 'reject'])
    expect(ok(run(inProofread(), 'reject', proofreader, { comment: '错别字' })).state).toMatchObject({ stage: 'draft', signoffs: [] })
  })

  it('lets only the assigned proofreader copy-edit during 校对', () => {
    const proofreading = { ...inProofread(), assignees: { proofread: [proofreader.id] } }
    const textEdit = { text: true, presentation: false, assignments: false }
    expect(judgeIssueEditOn(WITH_PROOFREAD, proofreading, proofreader, textEdit)).toEqual({ ok: true })
    expect(judgeIssueEditOn(WITH_PROOFREAD, proofreading, person(7, 'reviewer'), textEdit)).toMatchObject({
      status: 403,
      message: '本期处于「校对」阶段：现在只有本期的校对人可以修改；如需其他修改，请先撤回。',
    })
    expect(judgeIssueEditOn(WITH_PROOFREAD, proofreading, person(7, 'reviewer'), textEdit, 'en')).toMatchObject({
      message: 'The issue is in Proofreading: only its proofreader can copy-edit it now; withdraw it to make other changes.',
    })
    expect(judgeIssueEditOn(WITH_PROOFREAD, proofreading, editor, { text: false, presentation: false, assignments: true })).toMatchObject({ status: 403 })
    expect(judgeIssueEditOn(WITH_PROOFREAD, proofreading, admin, { text: false, presentation: false, assignments: true })).toEqual({ ok: true })
    // The stages around it keep their own rules.
    expect(judgeIssueEditOn(WITH_PROOFREAD, inLayout(), layout, textEdit)).toMatchObject({ message: expect.stringContaining('「排版」阶段正文已锁定') })
    expect(judgeIssueEditOn(WITH_PROOFREAD, inFinal(), final1, { text: false, presentation: false, assignments: false })).toMatchObject({ status: 403 })
  })

  it('binds the 校对 sign-off to the text: a text change voids it and the later ones, a layout change does not', () => {
    const final = inFinal()
    const presentationChanged = reconcileSignoffsOn(WITH_PROOFREAD, final, { text: 'T1', presentation: 'P2' })
    expect(presentationChanged.voidedStage).toBe('layout')
    expect(presentationChanged.state.signoffs.map((signoff) => signoff.stage)).toEqual(['review', 'proofread'])

    // With the 审核 sign-off imported (history, not a binding), the first text-bound sign-off is 校对's.
    const archivedReview = { ...final, signoffs: final.signoffs.map((signoff) => (signoff.stage === 'review' ? { ...signoff, imported: true } : signoff)) }
    const textChanged = reconcileSignoffsOn(WITH_PROOFREAD, archivedReview, { text: 'T2', presentation: 'P1' })
    expect(textChanged.voidedStage).toBe('proofread')
    expect(textChanged.state).toMatchObject({ stage: 'proofread' })
    expect(textChanged.state.signoffs.map((signoff) => signoff.stage)).toEqual(['review'])

    const decision = run(final, 'approve', final1, { fingerprint: { text: 'T2', presentation: 'P1' } })
    expect(decision).toMatchObject({ status: 409, code: 'content-changed', voidedStage: 'review' })
  })

  it('credits 审核, 校对, 排版 and 终审 in chain order and reads 校对 lines back', () => {
    const lines = buildCreditsOn(WITH_PROOFREAD, [
      { stage: 'final', name: '丁' },
      { stage: 'layout', name: '丙' },
      { stage: 'proofread', name: '乙', affiliation: '某大学' },
      { stage: 'review', name: '甲' },
    ]).map(formatCreditLine)
    expect(lines).toEqual(['审核：甲', '校对：乙（某大学）', '排版：丙', '终审：丁'])
    const match = creditLinePattern(WITH_PROOFREAD).exec('校对：乙、丙')
    expect(match?.[1] && stageOfCreditLabel(WITH_PROOFREAD, match[1])).toBe('proofread')
    expect(creditLinePattern(REVIEW_CHAIN).test('校对：乙')).toBe(false)
  })

  it('notifies the assigned proofreaders on entering 校对, else everyone with its role', () => {
    const entered = inProofread()
    expect(recipientsOn(WITH_PROOFREAD, entered, 'proofread')).toEqual({ role: 'reviewer' })
    expect(recipientsOn(WITH_PROOFREAD, { ...entered, assignees: { proofread: [proofreader.id] } }, 'proofread')).toEqual({ people: [proofreader.id] })
  })
})
