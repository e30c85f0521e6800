import type { AfterErrorHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepRefusalReasons } from '../../collections/shared/error-reasons'

// In the minified production build Payload's own formatting loses the error's class, answers
// "An unknown error occurred." and drops its data; the hook restores the reason and the data.
const UNKNOWN = { errors: [{ message: 'An unknown error occurred.' }] }
const run = (error: unknown, result: unknown = UNKNOWN) => keepRefusalReasons({ error, result } as Parameters<AfterErrorHook>[0])

describe('keepRefusalReasons', () => {
  it('keeps a refusal’s message, status and data (the import screen links the duplicate from it)', () => {
    const refusal = Object.assign(new Error('已导入为第 3 期'), { status: 409, data: { code: 'already-imported', existing: { id: 7, number: 3, title: 'T' } } })
    expect(run(refusal)).toEqual({
      response: { errors: [{ message: '已导入为第 3 期', data: { code: 'already-imported', existing: { id: 7, number: 3, title: 'T' } } }] },
      status: 409,
    })
  })

  it('keeps a refusal without data as its message alone', () => {
    expect(run(Object.assign(new Error('只有审核人可以通过'), { status: 403 }))).toEqual({ response: { errors: [{ message: '只有审核人可以通过' }] }, status: 403 })
  })

  it('gives back the data of a refusal Payload formatted by its message alone (a copy of APIError from another chunk)', () => {
    const refusal = Object.assign(new Error('已导入为第 3 期'), { status: 409, data: { code: 'already-imported' } })
    expect(run(refusal, { errors: [{ message: '已导入为第 3 期' }] })).toEqual({ response: { errors: [{ message: '已导入为第 3 期', data: { code: 'already-imported' } }] }, status: 409 })
  })

  it('leaves an error marked private alone, whatever its status', () => {
    expect(run(Object.assign(new Error('internal detail'), { status: 400, isPublic: false, data: { secret: 1 } }))).toBeUndefined()
  })

  it('leaves server errors and already formatted answers alone', () => {
    expect(run(Object.assign(new Error('database down'), { status: 500, data: { secret: 1 } }))).toBeUndefined()
    expect(run(Object.assign(new Error('x'), { status: 409 }), { errors: [{ message: 'x', data: { code: 'c' } }] })).toBeUndefined()
  })
})
