import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Issue, User } from '../../payload-types'
import { verifyReleases } from '../../services/releases/verify-releases'
import { releaseAllPublishedIssues } from '../../services/workflow/release-published-issue'
import { SLUGS } from '../../src/collection-slugs'
import { sha256OfCanonical } from '../../src/content/canonical-json'
import { idOf } from '../../src/content/ids'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { createIssueWithContent, unique } from '../helpers/factories'
import { graphql, login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { runProgram } from '../helpers/spawn-child'
import { act, advanceTo, createCrew, createDraftIssue, eventsOf, latest, published, type Crew } from '../helpers/workflow'

let payload: Payload
let crew: Crew
beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})
afterEach(() => {
  delete process.env.ZHIKU_FAIL_AT
})

const asUser = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/** Everything an anonymous reader can get of an issue through the API, as one string. */
async function whatReadersGet(issue: Issue): Promise<string> {
  const release = await rest('GET', `/issues/${issue.id}/release`)
  const listed = await rest('GET', `/releases?where[issue][equals]=${issue.id}`)
  const viaGraphql = await graphql(`{ Releases(where: { issue: { equals: ${issue.id} } }) { docs { title hash content signoffs } } }`)
  return JSON.stringify([release, listed.body.docs, viaGraphql.body])
}

describe('publishing writes a release', () => {
  it('signs exactly the release it publishes: content hash = release hash = last 终审 sign-off and event', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const done = await advanceTo(payload, crew, issue, 'published')
    const release = (await rest('GET', `/issues/${issue.id}/release`)).body as { hash: string; revision: number; content: unknown; signoffs: { stage: string; hash: string }[] }
    expect(release.revision).toBe(1)
    expect(sha256OfCanonical(release.content)).toBe(release.hash)
    expect(done.signoffs?.at(-1)).toMatchObject({ stage: 'final', releaseHash: release.hash })
    expect((await eventsOf(payload, issue)).at(-1)).toMatchObject({ action: 'approve', toStage: 'published', releaseHash: release.hash })
    expect(release.signoffs.map((signoff) => signoff.stage)).toEqual(['review', 'layout', 'final', 'final'])
    expect(release.signoffs.at(-1)?.hash).toBe(release.hash)
    expect((await verifyReleases(payload)).find((line) => line.text.includes(issue.slug))).toMatchObject({ ok: true })
  })

  it('answers 404 for an unknown, malformed or unpublished issue and 400 for a bad revision', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    for (const id of [issue.id, 999999999, 'abc', '1e999', '%00', '-1']) expect((await rest('GET', `/issues/${id}/release`)).status).toBe(404)
    await advanceTo(payload, crew, issue, 'published')
    expect((await rest('GET', `/issues/${issue.id}/release?revision=0`)).status).toBe(400)
    expect((await rest('GET', `/issues/${issue.id}/release?revision=2`)).status).toBe(404)
    expect((await rest('GET', `/issues/${issue.id}/release?revision=1`)).status).toBe(200)
  })

  it('is written once by two simultaneous last approvals', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const inFinal = await advanceTo(payload, crew, issue, 'final')
    const oneFinal = await act(payload, inFinal, crew.final1, { action: 'approve' })
    const results = await Promise.allSettled([act(payload, oneFinal, crew.final2, { action: 'approve' }), act(payload, oneFinal, crew.final2, { action: 'approve' })])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect((await payload.count({ collection: SLUGS.releases, where: { issue: { equals: issue.id } } })).totalDocs).toBe(1)
  })

  it('leaves the issue in 终审 and readers with the previous release when writing the release fails', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const live = await advanceTo(payload, crew, issue, 'published')
    const before = await whatReadersGet(issue)
    const reopened = await act(payload, live, crew.final1, { action: 'reopen', comment: '补充第二节的日期' })
    const inFinal = await act(payload, await advanceTo(payload, crew, reopened, 'final'), crew.final1, { action: 'approve' })
    const eventsBefore = await eventsOf(payload, issue)
    for (const point of ['after-event', 'after-release', 'after-articles', 'after-issue']) {
      process.env.ZHIKU_FAIL_AT = point
      await expect(act(payload, inFinal, crew.final2, { action: 'approve' })).rejects.toThrow(`Injected failure at ${point}`)
      const now = await latest(payload, issue)
      expect([now.stage, now.revision, now.signoffs?.filter((signoff) => signoff.stage === 'final').length]).toEqual(['final', 2, 1])
      expect(await eventsOf(payload, issue)).toEqual(eventsBefore)
      expect(await whatReadersGet(issue)).toBe(before)
    }
    delete process.env.ZHIKU_FAIL_AT
    await act(payload, inFinal, crew.final2, { action: 'approve' })
    expect((await published(payload, issue))?.revision).toBe(2)
  })

  it('freezes a scheduled revision at its last approval and releases exactly that at publishAt', async () => {
    const publishAt = new Date(Date.now() + 8000).toISOString()
    const { issue, thinkTank } = await createDraftIssue(payload, crew, { publishAt })
    const scheduled = await advanceTo(payload, crew, issue, 'scheduled')
    const signed = scheduled.signoffs?.at(-1)?.releaseHash
    expect(signed).toMatch(/^[0-9a-f]{64}$/)
    expect(await published(payload, issue)).toBeUndefined()
    await payload.update({ collection: SLUGS.thinkTanks, id: thinkTank.id, data: { name: `改名${unique()}` }, ...asUser(crew.editor) })
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(publishAt).getTime() - Date.now() + 100)))
    const { SCHEDULE_QUEUE } = await import('../../services/workflow/scheduled-publish')
    await payload.jobs.run({ queue: SCHEDULE_QUEUE })
    const release = await published(payload, issue)
    expect(release?.hash).toBe(signed)
    expect(JSON.stringify(release?.content)).toContain(thinkTank.name)
  })
})

describe('releases cannot be changed', () => {
  it('refuses every change and deletion, admins included, through every way in', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'published')
    const release = (await published(payload, issue))!
    const token = await login(crew.admin.email)
    expect((await rest('PATCH', `/releases/${release.id}`, { token, json: { title: '改写' } })).status).toBe(403)
    expect((await rest('PATCH', `/releases/${release.id}`, { token, json: { latest: false } })).status).toBe(403)
    expect((await rest('DELETE', `/releases/${release.id}`, { token })).status).toBe(403)
    expect((await rest('POST', '/releases', { token, json: { ...release, id: undefined, claim: `forged-${unique()}` } })).status).toBe(403)
    expect(JSON.stringify((await graphql(`mutation { updateRelease(id: ${release.id}, data: { title: "改写" }) { id } }`, { token })).body)).toContain('errors')
    expect(JSON.stringify((await graphql(`mutation { deleteRelease(id: ${release.id}) { id } }`, { token })).body)).toContain('errors')
    await expect(payload.update({ collection: SLUGS.releases, id: release.id, data: { title: '系统改写' } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: SLUGS.releases, id: release.id, data: { latest: false } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: SLUGS.releases, id: release.id })).rejects.toMatchObject({ status: 403 })
    expect(await published(payload, issue)).toEqual(release)
  })
})

describe('live edits reach readers only through a new signed revision', () => {
  it('keeps what readers get byte for byte through think-tank, newsletter and source edits and version restores', async () => {
    const { issue, articles, source, thinkTank } = await createDraftIssue(payload, crew)
    const live = await advanceTo(payload, crew, issue, 'published')
    const before = await whatReadersGet(issue)
    const editorToken = await login(crew.editor.email)
    const adminToken = await login(crew.admin.email)

    // Before a correction: REST, GraphQL and the Local API as each person.
    expect((await rest('PATCH', `/think-tanks/${thinkTank.id}`, { token: editorToken, json: { name: '改名后的智库' } })).status).toBe(200)
    const moved = await graphql(`mutation { updateSource(id: ${source.id}, data: { url: "https://${thinkTank.domains![0]}/moved-${unique()}" }) { id } }`, { token: editorToken })
    expect(JSON.stringify(moved.body)).not.toContain('errors')
    await payload.update({ collection: SLUGS.newsletters, id: idOf(issue.newsletter)!, data: { title: '改名后的专栏' }, ...asUser(crew.admin) })
    expect(await whatReadersGet(issue)).toBe(before)

    // During a correction: edits, and restoring an older version of the article and the issue.
    const reopened = await act(payload, live, crew.final1, { action: 'reopen', comment: '更正来源链接' })
    await payload.update({ collection: SLUGS.articles, id: articles[0]!.id, data: { body: paragraphsToLexical(['更正中的正文']) }, ...asUser(crew.editor) })
    const articleVersions = await payload.findVersions({ collection: SLUGS.articles, where: { parent: { equals: articles[0]!.id } }, sort: 'createdAt', depth: 0 })
    const firstArticleVersion = articleVersions.docs[0]!
    expect((await rest('POST', `/articles/versions/${firstArticleVersion.id}`, { token: editorToken })).status).toBe(400)
    expect((await rest('POST', `/articles/versions/${firstArticleVersion.id}?draft=true`, { token: editorToken })).status).toBe(200)
    const issueVersions = await payload.findVersions({ collection: SLUGS.issues, where: { parent: { equals: issue.id } }, sort: 'createdAt', depth: 0 })
    const publishedVersion = issueVersions.docs.find((version) => version.version.stage === 'published')!
    const restored = await rest('POST', `/issues/versions/${publishedVersion.id}?draft=true`, { token: adminToken })
    expect(restored.status).toBe(200)
    const afterRestore = await latest(payload, issue)
    expect([afterRestore.stage, afterRestore.revision, afterRestore.signoffs]).toEqual(['draft', 2, []])
    expect(await whatReadersGet(issue)).toBe(before)

    // A new signed revision changes what readers get, and keeps the old release readable.
    await advanceTo(payload, crew, reopened, 'published')
    const after = await whatReadersGet(issue)
    expect(after).not.toBe(before)
    expect(after).toContain('改名后的智库')
    expect(after).toContain('改名后的专栏')
    expect(after).toContain('更正来源链接')
    const first = await rest('GET', `/issues/${issue.id}/release?revision=1`)
    expect(JSON.stringify(first.body)).not.toContain('改名后的智库')
    expect((await verifyReleases(payload)).find((line) => line.text.includes(issue.slug))).toMatchObject({ ok: true })
  })

  it('voids the sign-offs that covered a think tank renamed while the issue is in the chain', async () => {
    const { issue, thinkTank } = await createDraftIssue(payload, crew)
    await advanceTo(payload, crew, issue, 'final')
    await payload.update({ collection: SLUGS.thinkTanks, id: thinkTank.id, data: { acronym: `X${unique()}` }, ...asUser(crew.editor) })
    const after = await latest(payload, issue)
    expect([after.stage, after.signoffs]).toEqual(['review', []])
  })
})

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const image = (name: string) => ({ data: PNG, mimetype: 'image/png', name: `${name}.png`, size: PNG.length })

describe('a published cover image', () => {
  it('keeps its file while a release shows it; a new cover reaches readers only through a signed correction', async () => {
    const { issue } = await createDraftIssue(payload, crew)
    const cover = await payload.create({ collection: SLUGS.media, data: { alt: '封面' }, file: image(`cover-${unique()}`), ...asUser(crew.editor) })
    await payload.update({ collection: SLUGS.issues, id: issue.id, data: { cover: cover.id }, draft: true, ...asUser(crew.editor) })
    const live = await advanceTo(payload, crew, issue, 'published')
    const before = await whatReadersGet(issue)
    expect(before).toContain(cover.filename!)
    expect((await rest('GET', `/media/${cover.id}`)).status).toBe(200)

    await expect(
      payload.update({ collection: SLUGS.media, id: cover.id, data: {}, file: image(`replaced-${unique()}`), ...asUser(crew.editor) }),
    ).rejects.toMatchObject({ status: 409 })
    await expect(payload.delete({ collection: SLUGS.media, id: cover.id, ...asUser(crew.admin) })).rejects.toMatchObject({ status: 409 })
    // The refused replacement left the released file where it was.
    expect(existsSync(path.resolve(process.env.MEDIA_DIR!, cover.filename!))).toBe(true)
    await payload.update({ collection: SLUGS.media, id: cover.id, data: { alt: '新的替代文字' }, ...asUser(crew.editor) })
    expect(await whatReadersGet(issue)).toBe(before)

    const reopened = await act(payload, live, crew.final1, { action: 'reopen', comment: '换封面' })
    const newCover = await payload.create({ collection: SLUGS.media, data: { alt: '新封面' }, file: image(`new-${unique()}`), ...asUser(crew.editor) })
    await payload.update({ collection: SLUGS.issues, id: issue.id, data: { cover: newCover.id }, draft: true, ...asUser(crew.editor) })
    expect(await whatReadersGet(issue)).toBe(before)
    expect((await rest('GET', `/media/${newCover.id}`)).status).not.toBe(200)
    await advanceTo(payload, crew, reopened, 'published')
    expect(await whatReadersGet(issue)).toContain(newCover.filename!)
    expect((await rest('GET', `/media/${newCover.id}`)).status).toBe(200)
  })
})

/** The real `npm run verify` command (its entry point, as npm runs it) on this run's database. */
async function runVerify(): Promise<{ code: number | null; output: string }> {
  const { code, stdout, stderr } = await runProgram(process.execPath, ['--import', 'tsx', 'scripts/verify.ts'], {
    ...process.env,
    PAYLOAD_LOG_LEVEL: 'fatal',
    ZHIKU_JOBS_AUTORUN: 'false',
  })
  return { code, output: stdout + stderr }
}

describe('npm run verify and the upgrade migration', () => {
  it('gives issues published before releases existed their release, and detects a tampered release', { timeout: 120_000 }, async () => {
    const { issue } = await createIssueWithContent(payload, { published: true })
    expect(await releaseAllPublishedIssues(payload)).toBeGreaterThanOrEqual(1)
    expect(await releaseAllPublishedIssues(payload)).toBe(0)
    const release = (await published(payload, issue))!
    expect((await verifyReleases(payload)).find((line) => line.text.includes(issue.slug))).toMatchObject({ ok: true })
    const good = await runVerify()
    expect(good.code, good.output).toBe(0)
    expect(good.output).toMatch(new RegExp(`ok +issue ${issue.id} ${issue.slug}`))
    const content = release.content as { issue: { title: string } }
    await payload.db.updateOne({ collection: SLUGS.releases, id: release.id, data: { content: { ...content, issue: { ...content.issue, title: '篡改' } } } })
    const line = (await verifyReleases(payload)).find((candidate) => candidate.text.includes(issue.slug))
    expect(line).toMatchObject({ ok: false })
    expect(line?.text).toContain('MISMATCH')
    const tampered = await runVerify()
    expect(tampered.code).toBe(1)
    expect(tampered.output).toMatch(new RegExp(`MISMATCH +issue ${issue.id} ${issue.slug}`))
  })
})
