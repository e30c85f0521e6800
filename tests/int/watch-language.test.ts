import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Lead, ThinkTank, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { createThinkTank, createUser, unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/*
 * One language per message: the watch desk's refusals and results are in the request's language (the
 * admin's language cookie, else Accept-Language, else Chinese), and a feed's stored error is read in
 * each reader's language.
 */

let payload: Payload
let editor: User
let reviewer: User
let thinkTank: ThinkTank
let editorToken: string
let reviewerToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createUser(payload, ['editor'])
  reviewer = await createUser(payload, ['reviewer'])
  thinkTank = await createThinkTank(payload)
  editorToken = await login(editor.email)
  reviewerToken = await login(reviewer.email)
})

afterEach(() => {
  delete process.env.ZHIKU_WATCH_ALLOW_HOSTS
})

const CJK = /[\u4e00-\u9fff]/
const ENGLISH_WORDS = /\b(the|is|not|from|only|can|an|a|lead|article|needs|reason|already|used|must|body|addresses|public)\b/i
/** What a Chinese message may still name: URLs, hosts, field and header names, JSON shapes. */
const withoutCode = (text: string) => text.replace(/https?:\/\/\S+|\/api\/\S+|\{[^}]*\}|"[a-zA-Z]+"|\([a-zA-Z]+\)|[A-Z_]{3,}|[\w.-]+\.\w+(:\d+)?/g, ' ')

const LANGUAGES = {
  zh: { 'accept-language': 'zh-CN,zh;q=0.9' },
  en: { 'accept-language': 'en-GB,en;q=0.9' },
  enCookie: { 'accept-language': 'zh-CN', cookie: 'payload-lng=en' },
} as const

/** The refusal's message, checked to be in one language only. */
function expectOneLanguage(body: Record<string, unknown>, language: keyof typeof LANGUAGES): string {
  const message = JSON.stringify(body)
  if (language === 'zh') {
    expect(message).toMatch(CJK)
    expect(withoutCode(message)).not.toMatch(ENGLISH_WORDS)
  } else {
    expect(message).not.toMatch(CJK)
    expect(message).toMatch(/[a-z]{3,} [a-z]{2,}/i)
  }
  return message
}

const makeLead = (overrides: Partial<Lead> = {}) =>
  payload.create({ collection: SLUGS.leads, data: { url: `https://t${unique()}.org/r`, title: 'T', thinkTank: thinkTank.id, status: 'new', ...overrides }, overrideAccess: false, user: editor })

describe('the watch desk answers in one language', () => {
  for (const language of ['zh', 'en', 'enCookie'] as const) {
    it(`triage, start-article, from-url and poll refusals (${language})`, async () => {
      const headers = LANGUAGES[language]
      const lead = await makeLead()
      const used = await rest('PATCH', `/leads/${lead.id}`, { token: editorToken, json: { status: 'used' }, headers })
      expect(used.status).toBe(400)
      expectOneLanguage(used.body, language)
      const skipped = await rest('PATCH', `/leads/${lead.id}`, { token: editorToken, json: { status: 'skipped' }, headers })
      expect(skipped.status).toBe(400)
      expectOneLanguage(skipped.body, language)

      const forbidden = await rest('POST', `/leads/${lead.id}/start-article`, { token: reviewerToken, headers })
      expect(forbidden.status).toBe(403)
      expectOneLanguage(forbidden.body, language)
      expect((await rest('POST', `/leads/${lead.id}/start-article`, { token: editorToken, headers })).status).toBe(201)
      const again = await rest('POST', `/leads/${lead.id}/start-article`, { token: editorToken, headers })
      expect(again.status).toBe(409)
      expectOneLanguage(again.body, language)
      const back = await rest('PATCH', `/leads/${lead.id}`, { token: editorToken, json: { status: 'new' }, headers })
      expect(back.status).toBe(409)
      expectOneLanguage(back.body, language)
      const noThinkTank = await makeLead({ thinkTank: null })
      const orphan = await rest('POST', `/leads/${noThinkTank.id}/start-article`, { token: editorToken, headers })
      expect(orphan.status).toBe(400)
      expectOneLanguage(orphan.body, language)

      for (const json of [{ url: 42 }, { url: 'ftp://example.org/x' }]) {
        const refused = await rest('POST', '/leads/from-url', { token: editorToken, json, headers })
        expect(refused.status).toBe(400)
        expectOneLanguage(refused.body, language)
      }
      // A private address is refused before any connection (no allow list).
      const privateAddress = await rest('POST', '/leads/from-url', { token: editorToken, json: { url: 'http://127.0.0.1:9/report' }, headers })
      expect(privateAddress.status).toBe(400)
      expectOneLanguage(privateAddress.body, language)
      const badPoll = await rest('POST', '/feeds/poll', { token: editorToken, json: { feed: 'x y', other: 1 }, headers })
      expect(badPoll.status).toBe(400)
      expectOneLanguage(badPoll.body, language)
    })
  }

  it('a poll result and a feed\'s stored error are in each reader\'s language', async () => {
    // Inactive, so no other file's poll of every active feed meets it; polled here by its id.
    const feed = await payload.create({ collection: SLUGS.feeds, data: { url: `http://127.0.0.1:9/${unique()}.xml`, thinkTank: thinkTank.id, intervalMinutes: 60, active: false }, overrideAccess: false, user: editor })
    for (const language of ['zh', 'en'] as const) {
      const polled = await rest('POST', '/feeds/poll', { token: editorToken, json: { feed: feed.id, force: true }, headers: LANGUAGES[language] })
      expect(polled.status).toBe(200)
      const [result] = polled.body.results as Array<{ status: string; error: string }>
      expect(result!.status).toBe('error')
      expectOneLanguage({ error: result!.error }, language)
      const read = await rest('GET', `/feeds/${feed.id}?depth=0`, { token: editorToken, headers: LANGUAGES[language] })
      const lastError = (read.body as { lastError: string }).lastError
      expectOneLanguage({ lastError }, language)
      expect(lastError).toContain('127.0.0.1')
    }
    const byCookie = await rest('GET', `/feeds/${feed.id}?depth=0`, { token: editorToken, headers: LANGUAGES.enCookie })
    expect((byCookie.body as { lastError: string }).lastError).toMatch(/^127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback address/)
  })
})
