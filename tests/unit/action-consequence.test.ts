import { describe, expect, it } from 'vitest'

import { formatAdminDateTime } from '../../src/i18n/admin-text'
import { actionConsequence, actionDone, actionNeedsComment } from '../../src/workflow/action-consequence'
import { STAGE_LABELS } from '../../src/workflow/stages'

describe('what follows an action', () => {
  it('names the next stage of each approval', () => {
    expect(actionConsequence('approve', 'review').zh).toBe('通过后进入排版。')
    expect(actionConsequence('approve', 'layout').zh).toBe('通过后进入终审。')
    expect(actionConsequence('approve', 'final').zh).toContain('全部终审人通过后即发布')
    expect(actionConsequence('submit', 'draft').zh).toMatch(/^提交后进入审核/)
    expect(actionConsequence('reject', 'layout').en).toMatch(/returns to draft/)
  })
  it('asks for a comment only where one is required', () => {
    expect(actionNeedsComment('reject')).toBe(true)
    expect(actionNeedsComment('reopen')).toBe(true)
    expect(actionNeedsComment('approve')).toBe(false)
  })
  it('says the stage the issue is in after the action', () => {
    expect(actionDone('approve', STAGE_LABELS.layout).zh).toBe('已通过，当前阶段：排版')
    expect(actionDone('submit', { zh: '审核', en: 'Review' }).en).toBe('Submitted; the issue is now in: Review')
  })
})

describe('admin dates', () => {
  it('reads 2026年12月5日 11:53 in Chinese', () => {
    const date = new Date(2026, 11, 5, 11, 53)
    expect(formatAdminDateTime(date, 'zh')).toBe('2026年12月5日 11:53')
    expect(formatAdminDateTime(date, 'en')).toMatch(/^December 5, 2026.*11:53$/)
    expect(formatAdminDateTime('not a date', 'zh')).toBe('')
  })
})
