import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, TEST_PASSWORD } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { upload } from '../helpers/multipart'
import { chineseIn, englishPhrasesIn } from '../helpers/one-language'
import { getTestPayload } from '../helpers/payload'
import { act, createCrew, createDraftIssue, type Crew } from '../helpers/workflow'

/**
 * A person reads a refusal in one language: the admin's language cookie, else Accept-Language,
 * else Chinese — for workflow actions, imports and password changes alike; codes and statuses stay.
 */

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

type Answer = { status: number; body: Record<string, unknown> }

const messagesOf = (answer: Answer): string[] =>
  ((answer.body.errors ?? []) as { message?: string }[]).map((error) => error.message ?? '').filter((message) => message !== '')

const ZH = { 'accept-language': 'zh-CN,zh;q=0.9' }
const EN = { 'accept-language': 'en-US,en;q=0.9' }
/** The admin's chosen language wins over the browser's. */
const EN_COOKIE = { 'accept-language': 'zh-CN', cookie: 'payload-lng=en' }

function expectChinese(answer: Answer) {
  const messages = messagesOf(answer)
  expect(messages.length, JSON.stringify(answer.body)).toBeGreaterThan(0)
  for (const message of messages) {
    expect(message).toMatch(/[\u4e00-\u9fff]/)
    expect(englishPhrasesIn(message), message).toEqual([])
  }
}

function expectEnglish(answer: Answer) {
  const messages = messagesOf(answer)
  expect(messages.length, JSON.stringify(answer.body)).toBeGreaterThan(0)
  for (const message of messages) expect(chineseIn(message), message).toEqual([])
}

describe('workflow refusals over REST', () => {
  it('answer a Chinese request in Chinese and an English one in English, with the same status and code', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const layoutToken = await login(crew.layout.email)
    const reviewerToken = await login(crew.reviewer.email)
    const attempts = [
      { token: layoutToken, json: { action: 'approve' }, status: 403, code: 'wrong-role' },
      { token: reviewerToken, json: { action: 'reject' }, status: 400, code: 'comment-required' },
      { token: reviewerToken, json: { action: 'approve', expectedStage: 'final' }, status: 409, code: 'stale-stage' },
      { token: reviewerToken, json: { action: 'publish' }, status: 400, code: undefined },
    ]
    for (const { token, json, status, code } of attempts) {
      const path = `/issues/${issue.id}/workflow`
      const zh = await rest('POST', path, { token, json, headers: ZH })
      const none = await rest('POST', path, { token, json })
      const en = await rest('POST', path, { token, json, headers: EN })
      const cookie = await rest('POST', path, { token, json, headers: EN_COOKIE })
      for (const answer of [zh, none, en, cookie]) expect(answer.status, JSON.stringify(answer.body)).toBe(status)
      expectChinese(zh)
      expectChinese(none)
      expectEnglish(en)
      expectEnglish(cookie)
      if (code) expect(JSON.stringify([zh.body, en.body])).toContain(`"code":"${code}"`)
    }
    expect(messagesOf(await rest('POST', `/issues/${issue.id}/workflow`, { token: layoutToken, json: { action: 'approve' }, headers: ZH }))).toEqual([
      '只有审核人可以通过处于「审核」阶段的期刊。',
    ])
    expect(messagesOf(await rest('POST', `/issues/${issue.id}/workflow`, { token: layoutToken, json: { action: 'approve' }, headers: EN }))).toEqual([
      'Only a reviewer can approve an issue in the Review stage.',
    ])
  })

  it('refuses an edit the stage does not allow in the request’s language', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await act(payload, issue, crew.editor, { action: 'submit' })
    const token = await login(crew.layout.email)
    const zh = await rest('PATCH', `/issues/${issue.id}?draft=true`, { token, json: { title: '改个标题' }, headers: ZH })
    const en = await rest('PATCH', `/issues/${issue.id}?draft=true`, { token, json: { title: '改个标题' }, headers: EN })
    expect([zh.status, en.status]).toEqual([403, 403])
    expectChinese(zh)
    expectEnglish(en)
  })
})

describe('import refusals', () => {
  const prose = Buffer.from('这只是一段没有任何栏目结构的文字，既没有智库名称，也没有参考文献。')

  it.each([
    ['a file without sections', prose, 'prose.txt', 422],
    ['an empty file', Buffer.alloc(0), 'empty.txt', 400],
    ['a broken Word file', Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.docx', 400],
  ])('%s is refused in one language', async (_name, file, filename, status) => {
    const token = await login(crew.editor.email)
    const zh = await upload('/issues/import', { token, file, filename, fields: { dryRun: 'true' }, headers: ZH })
    const en = await upload('/issues/import', { token, file, filename, fields: { dryRun: 'true' }, headers: EN })
    const cookie = await upload('/issues/import', { token, file, filename, fields: { dryRun: 'true' }, headers: EN_COOKIE })
    expect([zh.status, en.status, cookie.status]).toEqual([status, status, status])
    expectChinese(zh)
    expectEnglish(en)
    expectEnglish(cookie)
  })

  it('refuses a reviewer’s import (editors import) in one language', async () => {
    const reader = await createUser(payload, ['reviewer'])
    const token = await login(reader.email)
    const zh = await upload('/issues/import', { token, file: prose, filename: 'x.txt', headers: ZH })
    const en = await upload('/issues/import', { token, file: prose, filename: 'x.txt', headers: EN })
    expect([zh.status, en.status]).toEqual([403, 403])
    expectChinese(zh)
    expectEnglish(en)
  })
})

describe('password and e-mail changes', () => {
  it('refuse a missing or wrong current password in one language, keeping 400 and 403', async () => {
    const user = await createUser(payload, ['editor'])
    const token = await login(user.email)
    const path = `/users/${user.id}`
    for (const [json, status] of [
      [{ password: 'new-password-1' }, 400],
      [{ email: `new-${user.email}` }, 400],
      [{ password: 'new-password-1', currentPassword: 'guess-guess' }, 403],
    ] as const) {
      const zh = await rest('PATCH', path, { token, json, headers: ZH })
      const en = await rest('PATCH', path, { token, json, headers: EN })
      expect([zh.status, en.status]).toEqual([status, status])
      expectChinese(zh)
      expectEnglish(en)
    }
    // Nothing changed: the old password still signs in.
    expect(await login(user.email, TEST_PASSWORD)).toEqual(expect.any(String))
  })

  it('refuses an editor granting themselves a role in one language', async () => {
    const user = await createUser(payload, ['editor'])
    const token = await login(user.email)
    const zh = await rest('PATCH', `/users/${user.id}`, { token, json: { roles: ['editor', 'admin'] }, headers: ZH })
    const en = await rest('PATCH', `/users/${user.id}`, { token, json: { roles: ['editor', 'admin'] }, headers: EN })
    expect([zh.status, en.status]).toEqual([403, 403])
    expectChinese(zh)
    expectEnglish(en)
  })
})
