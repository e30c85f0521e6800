import { describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { articleStage } from '../../src/workflow/article-stage'
import { boardActions, isMine } from '../../src/workflow/board'
import type { WorkflowActor, WorkflowState } from '../../src/workflow/types'

const person = (id: number, ...roles: Role[]): WorkflowActor => ({ id, roles, name: `P${id}` })

const state = (overrides: Partial<WorkflowState> = {}): WorkflowState => ({
  stage: 'draft',
  revision: 1,
  authorIds: [1],
  submittedBy: null,
  assignees: {},
  signoffs: [],
  publishAt: null,
  ...overrides,
})

const signoff = (stage: 'review' | 'layout' | 'final', userId: number) => ({ stage, userId, name: `P${userId}`, signedAt: '2026-01-01T00:00:00Z', contentHash: 'h' })

describe('the board’s "mine" rule', () => {
  it('counts the people who wrote, submitted or are assigned', () => {
    const issue = state({ stage: 'review', authorIds: [1], submittedBy: 2, assignees: { review: [3], layout: [4], final: [5, 6] } })
    for (const id of [1, 2, 3, 4, 5, 6]) expect(isMine(issue, id), `person ${id}`).toBe(true)
    expect(isMine(issue, 7)).toBe(false)
  })

  it('counts a person whose sign-off the issue carries, with nothing else tying them to it', () => {
    const published = state({ stage: 'published', authorIds: [1], signoffs: [signoff('review', 8), signoff('layout', 9), signoff('final', 10)] })
    expect([8, 9, 10].map((id) => isMine(published, id))).toEqual([true, true, true])
    expect(isMine(published, 11)).toBe(false)
  })

  it('matches ids written as text or numbers alike, and never a sign-off without a person', () => {
    const issue = state({ authorIds: ['12'], signoffs: [{ ...signoff('review', 0), userId: null }] })
    expect(isMine(issue, 12)).toBe(true)
    expect(isMine(issue, 0)).toBe(false)
  })
})

describe('the board’s actions', () => {
  it('offers reopening a published or scheduled issue to a final approver or an administrator only', () => {
    for (const stage of ['published', 'scheduled'] as const) {
      const issue = state({ stage, signoffs: [signoff('final', 5)] })
      expect(boardActions(issue, person(5, 'final-approver'), [])).toEqual(['reopen'])
      expect(boardActions(issue, person(9, 'admin'), [])).toEqual(['reopen'])
      expect(boardActions(issue, person(2, 'editor'), [])).toEqual([])
      expect(boardActions(issue, person(3, 'reviewer'), [])).toEqual([])
    }
  })

  it('keeps what waits for the person on an issue in the chain or in draft', () => {
    expect(boardActions(state({ stage: 'review' }), person(3, 'reviewer'), ['approve', 'reject'])).toEqual(['approve', 'reject'])
    expect(boardActions(state(), person(1, 'editor'), ['submit'])).toEqual(['submit'])
  })
})

describe('an article’s one status', () => {
  it('is the stage of the newest issue that carries it, or none', () => {
    expect(articleStage([])).toBeNull()
    expect(articleStage([{ number: 3, stage: 'published' }, { number: 5, stage: 'review' }, { number: 4, stage: 'draft' }])).toBe('review')
    expect(articleStage([{ number: 2, stage: 'nonsense' }, { number: 1, stage: 'published' }])).toBe('published')
  })
})
