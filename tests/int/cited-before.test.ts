import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Issue } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { act, advanceTo, createCrew, createDraftIssue, published, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
  editorToken = await login(crew.editor.email)
})

type Finding = { code: string; location: string; severity: string; message: string }
const citedBefore = async (issue: Issue, language = 'en') => {
  const answer = await rest('GET', `/issues/${issue.id}/checks`, { token: editorToken, headers: { 'accept-language': language } })
  expect(answer.status).toBe(200)
  return (answer.body.findings as Finding[]).filter((finding) => finding.code === 'source-cited-before')
}

describe('the check for sources an earlier published issue cited', () => {
  it('warns on a draft citing a source the published issue cited, naming that issue; not on new URLs, nor on the issue itself', async () => {
    const first = await createDraftIssue(payload, crew)
    const firstPublished = await advanceTo(payload, crew, first.issue, 'published')
    expect(await published(payload, firstPublished)).toBeDefined()

    // A second draft citing the same report through a link with tracking parameters and a fragment.
    const second = await createDraftIssue(payload, crew)
    const again = await payload.create({
      collection: SLUGS.sources,
      data: { title: 'Same report again', url: `${first.source.url}?utm_source=newsletter&utm_medium=email#summary`, thinkTank: second.thinkTank.id, slug: `again-${second.issue.id}` },
      overrideAccess: false,
      user: crew.editor,
    })
    await payload.update({ collection: SLUGS.articles, id: second.articles[0]!.id, data: { sources: [second.source.id, again.id] }, draft: true, overrideAccess: false, user: crew.editor })

    const [en, ...moreEn] = await citedBefore(second.issue)
    expect(moreEn).toEqual([])
    expect(en).toMatchObject({ severity: 'warning', location: `source:${again.id}` })
    expect(en!.message).toContain(`issue ${firstPublished.number} "${firstPublished.title}"`)
    const [zh] = await citedBefore(second.issue, 'zh')
    expect(zh!.message).toContain(`第 ${firstPublished.number} 期“${firstPublished.title}”`)

    // A draft citing only new URLs gets none.
    const third = await createDraftIssue(payload, crew)
    expect(await citedBefore(third.issue)).toEqual([])

    // The published issue itself, and after a correction (a second revision), is not its own earlier issue.
    expect(await citedBefore(firstPublished)).toEqual([])
  })

  it('does not count the issue’s own earlier revision once it is corrected and published again', async () => {
    const first = await createDraftIssue(payload, crew)
    let issue = await advanceTo(payload, crew, first.issue, 'published')
    issue = await act(payload, issue, crew.final1, { action: 'reopen', comment: '更正：标题有错字' })
    expect(await citedBefore(issue)).toEqual([])
    issue = await advanceTo(payload, crew, issue, 'published')
    expect((await published(payload, issue))?.revision).toBe(2)
    expect(await citedBefore(issue)).toEqual([])
  })
})
