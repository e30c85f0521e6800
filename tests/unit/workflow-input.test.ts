import { describe, expect, it } from 'vitest'

import { isJsonContentType } from '../../src/security/content-type'
import { parseWorkflowBody } from '../../src/workflow/workflow-input'
import { englishPhrasesIn } from '../helpers/one-language'

describe('parseWorkflowBody', () => {
  it('accepts an action with an optional comment and expected stage', () => {
    expect(parseWorkflowBody({ action: 'reject', comment: 'fix', expectedStage: 'draft' })).toEqual({
      ok: true,
      body: { action: 'reject', comment: 'fix', expectedStage: 'draft' },
    })
  })
  it.each([
    [null, /object/],
    [[], /object/],
    ['submit', /object/],
    [{}, /action/],
    [{ action: { toString: 1 } }, /action/],
    [{ action: 'publish' }, /action/],
    [{ action: 'submit', comment: 3 }, /comment/],
    [{ action: 'submit', expectedStage: { toString: 1 } }, /expectedStage/],
  ])('refuses %j', (body, reason) => {
    const parsed = parseWorkflowBody(body, 'en')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
    const chinese = parseWorkflowBody(body)
    if (!chinese.ok) expect(englishPhrasesIn(chinese.reason)).toEqual([])
  })
})

describe('isJsonContentType', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])('accepts %j', (type) =>
    expect(isJsonContentType(type)).toBe(true),
  )
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', '', null])(
    'refuses %j',
    (type) => expect(isJsonContentType(type)).toBe(false),
  )
})
