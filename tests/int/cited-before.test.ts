import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Issue } from '../../payload-types'
import { backfillReleaseSourceUrls } from '../../services/releases/backfill-source-urls'
import { SLUGS } from '../../src/collection-slugs'
import { graphql, login, rest } from '../helpers/http'
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

describe('releases written before sourceUrls existed', () => {
  it('get them from their own content once at start-up, after which the check names their issue', async () => {
    const first = await createDraftIssue(payload, crew)
    const firstPublished = await advanceTo(payload, crew, first.issue, 'published')
    const release = (await published(payload, firstPublished))!
    // As the schema before the field left it: no URLs and no mark (written below the hooks).
    await payload.db.updateOne({ collection: SLUGS.releases, where: { id: { equals: release.id } }, data: { ...release, sourceUrls: [], sourceUrlsIndexed: null } })

    const second = await createDraftIssue(payload, crew)
    await payload.update({ collection: SLUGS.articles, id: second.articles[0]!.id, data: { sources: [second.source.id, first.source.id] }, draft: true, overrideAccess: false, user: crew.editor })
    expect(await citedBefore(second.issue)).toEqual([])

    expect(await backfillReleaseSourceUrls(payload)).toBeGreaterThanOrEqual(1)
    const filled = await payload.findByID({ collection: SLUGS.releases, id: release.id, depth: 0 })
    expect(filled.sourceUrls).toEqual([first.source.url])
    expect(filled).toMatchObject({ sourceUrlsIndexed: true, hash: release.hash, title: release.title })
    const [finding, ...more] = await citedBefore(second.issue)
    expect(more).toEqual([])
    expect(finding!.message).toContain(`issue ${firstPublished.number} "${firstPublished.title}"`)
    // Once done, nothing is left to do.
    expect(await backfillReleaseSourceUrls(payload)).toBe(0)
  })

  it('nobody else may write sourceUrls or anything else of a release: REST, GraphQL, the Local API with a user, or a wrong back-fill', async () => {
    const first = await createDraftIssue(payload, crew)
    const release = (await published(payload, await advanceTo(payload, crew, first.issue, 'published')))!
    const adminToken = await login(crew.admin.email)
    const forged = ['https://forged.example.org/report']

    expect((await rest('PATCH', `/releases/${release.id}`, { token: adminToken, json: { sourceUrls: forged } })).status).toBe(403)
    expect((await rest('PATCH', `/releases/${release.id}`, { token: adminToken, json: { sourceUrlsIndexed: false } })).status).toBe(403)
    const viaGraphql = await graphql(`mutation { updateRelease(id: ${release.id}, data: { sourceUrls: ["${forged[0]}"] }) { id } }`, { token: adminToken })
    expect(viaGraphql.body.errors).toEqual([expect.objectContaining({ message: expect.any(String) })])
    await expect(
      payload.update({ collection: SLUGS.releases, id: release.id, data: { sourceUrls: forged }, overrideAccess: false, user: crew.admin }),
    ).rejects.toMatchObject({ status: 403 })
    // The back-fill's context does not open the door to a person, nor to other values or other fields.
    const backfill = { zhikuReleaseSourceUrlsBackfill: true }
    await expect(
      payload.update({ collection: SLUGS.releases, id: release.id, data: { sourceUrls: [first.source.url], sourceUrlsIndexed: true }, context: backfill, overrideAccess: true, user: crew.admin }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: SLUGS.releases, id: release.id, data: { sourceUrls: forged, sourceUrlsIndexed: true }, context: backfill, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: SLUGS.releases, id: release.id, data: { title: 'Rewritten', sourceUrlsIndexed: true }, context: backfill, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })

    const stored = await payload.findByID({ collection: SLUGS.releases, id: release.id, depth: 0 })
    expect(stored).toMatchObject({ sourceUrls: [first.source.url], sourceUrlsIndexed: true, title: release.title, hash: release.hash })
  })
})
