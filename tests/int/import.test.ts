import fs, { readFileSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runImportCli } from '../../scripts/lib/import-cli'
import { loadDemoContent } from '../../scripts/lib/load-demo-content'
import type { ImportReport } from '../../services/import/import-issue'
import { toWorkflowState } from '../../services/workflow/issue-state'
import { loadIssueRelease } from '../../services/workflow/load-content'
import { SLUGS } from '../../src/collection-slugs'
import { formatCreditLine } from '../../src/content/credits'
import { MAX_IMPORT_BYTES } from '../../src/import/read-import-file'
import { buildReleaseContent } from '../../src/release/build-release'
import { releaseHash, type ReleaseContent } from '../../src/release/release-content'
import { docxFromLines } from '../helpers/docx'
import { unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { upload } from '../helpers/multipart'
import { getTestPayload } from '../helpers/payload'
import { createCrew, type Crew } from '../helpers/workflow'

const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
/** The seed with one more intro paragraph, so every test imports an issue of its own. */
const variant = () => seed.replace('海外智库观察\n', `海外智库观察\n本期另附编者按（${unique()}），说明这一期的选题背景与阅读建议。\n`)

let payload: Payload
let crew: Crew
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  await loadDemoContent(payload)
  crew = await createCrew(payload)
  editorToken = await login(crew.editor.email)
})

const COUNTED = [SLUGS.users, SLUGS.newsletters, SLUGS.thinkTanks, SLUGS.sources, SLUGS.articles, SLUGS.issues, SLUGS.workflowEvents] as const
const databaseCounts = async () =>
  Object.fromEntries(await Promise.all(COUNTED.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs])))

describe('importing through the command line', () => {
  const cli = async (args: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runImportCli(payload, args, { out: (text) => out.push(text), err: (text) => err.push(text) })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('imports the seed and prints one JSON object with the issue, the counts and the checks', async () => {
    const file = path.join('data', `cli-${unique()}.txt`)
    fs.writeFileSync(file, variant())
    try {
      const run = await cli([file, '--json'])
      expect(run.code, run.err).toBe(0)
      const report = JSON.parse(run.out) as ImportReport
      expect(report.issue?.stage).toBe('draft')
      expect(report).toMatchObject({ articles: { created: 2 }, sources: { created: 0, matched: 2 }, thinkTanks: { created: 0, matched: 2 } })
      expect(report.checks.filter((check) => check.severity === 'error').map((check) => check.code)).toEqual(['heading-think-tank-mismatch'])

      // A second run skips the file: not a failure, and it says so.
      const again = await cli([file])
      expect(again.code).toBe(0)
      expect(again.out).toMatch(/skipped — .*(already imported|已导入)/)
      expect(again.out).toMatch(/skipped, already imported +1/)
    } finally {
      fs.rmSync(file, { force: true })
    }
  })

  it('imports several files with progress, and answers a missing file argument with the usage', async () => {
    const files = [path.join('data', `cli-a-${unique()}.txt`), path.join('data', `cli-b-${unique()}.txt`)]
    files.forEach((file) => fs.writeFileSync(file, variant()))
    try {
      const run = await cli([...files, '--dry-run'])
      expect(run.code).toBe(0)
      expect(run.out).toMatch(/^\[1\/2\] cli-a-.*dry run, nothing written/m)
      expect(run.out).toMatch(/^\[2\/2\] cli-b-/m)
      expect(await cli([])).toMatchObject({ code: 2, err: expect.stringContaining('Usage') })
    } finally {
      files.forEach((file) => fs.rmSync(file, { force: true }))
    }
  })
})

describe('importing through the admin upload', () => {
  it('previews without writing, then imports and creates the records it previewed', async () => {
    const text = variant()
    const before = await databaseCounts()
    const preview = await upload('/issues/import', { token: editorToken, file: Buffer.from(text), filename: 'issue.txt', fields: { dryRun: 'true' } })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ dryRun: true, issue: null, articles: { created: 2 } })
    expect(await databaseCounts()).toEqual(before)

    const done = await upload('/issues/import', { token: editorToken, file: Buffer.from(text), filename: 'issue.txt' })
    expect(done.status).toBe(201)
    const report = done.body as unknown as ImportReport
    const issue = await payload.findByID({ collection: SLUGS.issues, id: report.issue!.id, draft: true, depth: 2 })
    expect(issue.stage).toBe('draft')
    expect(issue.authors?.map((author) => (typeof author === 'object' ? author.id : author))).toEqual([crew.editor.id])
    const articles = (issue.articles ?? []).filter((article) => typeof article === 'object')
    expect(articles.map((article) => article.headline)).toEqual(['美国推动ai标准的法律基础与国际结构战略', '生成式人工智能治理路径与中国标准输出机制'])
    expect(articles.map((article) => (typeof article.thinkTank === 'object' ? article.thinkTank.slug : null))).toEqual(['csis', 'carnegie-endowment'])
    expect(articles[1]?.originalHeading).toMatchObject({ name: '卡内基国际和平基金会', nameEn: 'brookings institution' })

    const checks = await rest('GET', `/issues/${issue.id}/checks`, { token: editorToken })
    expect(checks.status).toBe(200)
    expect(JSON.stringify(checks.body)).toContain('heading-think-tank-mismatch')
    expect((await rest('GET', `/issues/${issue.id}/checks`)).status).toBe(401)
  })

  it('turns the credits into proposed assignments of the people the CMS knows', async () => {
    const [reviewer, layout, final1, final2] = await Promise.all(
      (
        [
          ['赵杨博', ['reviewer']],
          ['李森', ['layout']],
          ['梁正', ['final-approver']],
          ['鲁俊群', ['final-approver']],
        ] as const
      ).map(([name, roles]) =>
        payload.create({ collection: SLUGS.users, data: { name, roles: [...roles], email: `credit-${unique()}@example.test`, password: 'credit-pass-1' } }),
      ),
    )
    const done = await upload('/issues/import', { token: editorToken, file: Buffer.from(variant()), filename: 'credits.txt' })
    expect(done.status).toBe(201)
    const issue = await payload.findByID({ collection: SLUGS.issues, id: (done.body as unknown as ImportReport).issue!.id, draft: true, depth: 0 })
    expect([issue.reviewer, issue.layoutEditor, issue.finalApprovers]).toEqual([reviewer!.id, layout!.id, [final1!.id, final2!.id]])
    await Promise.all([reviewer, layout, final1, final2].map((user) => payload.delete({ collection: SLUGS.users, id: user!.id })))
  })

  it('reads a Word file and creates new think tanks and sources it does not know', async () => {
    const id = unique()
    const docx = await docxFromLines([
      '智库周报',
      `本期关注前沿人工智能模型的安全问题，介绍一份新的研究报告（${id}），并讨论其对各国监管机构的启示。`,
      `兰德公司${id}`,
      `RAND Corporation ${id}`,
      '前沿模型的权重安全',
      '2024年5月，兰德公司发布报告，由sella nevo与dan lahav联合撰写，讨论如何保护前沿AI模型的权重，防止被窃取或滥用。',
      `1. https://www.rand-${id}.org/pubs/research_reports/RRA2849-1.html`,
    ])
    const done = await upload('/issues/import', { token: editorToken, file: docx, filename: 'weekly.docx' })
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    expect(done.body).toMatchObject({ thinkTanks: { created: 1 }, sources: { created: 1 } })
    const sources = await payload.find({ collection: SLUGS.sources, where: { url: { contains: `rand-${id}` } } })
    expect(sources.docs[0]).toMatchObject({ authors: ['Sella Nevo', 'Dan Lahav'], publishedAt: '2024-05' })
    const tank = await payload.find({ collection: SLUGS.thinkTanks, where: { name: { equals: `兰德公司${id}` } } })
    expect(tank.docs[0]).toMatchObject({ nameEn: `RAND Corporation ${id}`, domains: [`rand-${id}.org`] })
  })

  it('gives a new source another slug when one of the same title already holds its short one', async () => {
    // Two report URLs whose SHA-256 begins alike (128c40): the six-digit slug hash of both is the same.
    const [first, second] = ['https://www.csis.org/analysis/export-controls-note-8938', 'https://www.csis.org/analysis/export-controls-note-9076']
    const citing = (url: string) => variant().replace(/^1\.https:\/\/www\.csis\.org\S+$/m, `1.${url}`)
    const slugOf = async (url: string) => (await payload.find({ collection: SLUGS.sources, where: { url: { equals: url } }, depth: 0 })).docs[0]?.slug
    for (const url of [first, second]) {
      const done = await upload('/issues/import', { token: editorToken, file: Buffer.from(citing(url)), filename: 'same-title.txt' })
      expect(done.status, JSON.stringify(done.body)).toBe(201)
      expect(done.body).toMatchObject({ sources: { created: 1, matched: 1 } })
    }
    const [taken, given] = [await slugOf(first), await slugOf(second)]
    expect(taken).toMatch(/-128c40$/)
    expect(given).toMatch(/-128c40[0-9a-f]{6}$/)
  })

  it('imports a published archive issue whose credits are imported sign-offs (admins only)', async () => {
    const text = variant()
    const refused = await upload('/issues/import', { token: editorToken, file: Buffer.from(text), filename: 'old.txt', fields: { archive: 'true' } })
    expect(refused.status).toBe(403)
    const adminToken = await login(crew.admin.email)
    const done = await upload('/issues/import', { token: adminToken, file: Buffer.from(text), filename: 'old.txt', fields: { archive: 'true' } })
    expect(done.status).toBe(201)
    const id = (done.body as unknown as ImportReport).issue!.id
    expect((await payload.findByID({ collection: SLUGS.issues, id, depth: 0 })).stage).toBe('published')
    // Readers get it as a release, signed by a `publish` event that carries the release's hash.
    const release = await rest('GET', `/issues/${id}/release`)
    const body = release.body as unknown as { hash: string; content: ReleaseContent }
    expect(body.content.credits.map(formatCreditLine)).toEqual(['审核：赵杨博', '排版：李森（北京工商大学）', '终审：梁正、鲁俊群'])
    const events = await payload.find({ collection: SLUGS.workflowEvents, where: { issue: { equals: id } }, depth: 0 })
    expect(events.docs.map((event) => [event.action, event.releaseHash])).toEqual([['publish', body.hash]])
  })

  it('releases an archive issue exactly as the workflow service would from the records read back, new think tank and sources included', async () => {
    const tank = `未来政策研究所${unique()}`
    const text = variant()
      .replace('卡内基国际和平基金会\nbrookings institution\n', `${tank}\nfuture policy institute\n`)
      .replace('2.https://carnegieendowment.org/research/2025/02/', `2.https://example.org/new-${unique()}/`)
    const adminToken = await login(crew.admin.email)
    const done = await upload('/issues/import', { token: adminToken, file: Buffer.from(text), filename: 'fresh.txt', fields: { archive: 'true' } })
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    const report = done.body as unknown as ImportReport
    expect(report, JSON.stringify(report)).toMatchObject({ thinkTanks: { created: 1, matched: 1 }, sources: { created: 1, matched: 1 } })
    const stored = (await rest('GET', `/issues/${report.issue!.id}/release`)).body as unknown as { hash: string; content: ReleaseContent }

    const req = await createLocalReq({}, payload)
    const issue = await payload.findByID({ collection: SLUGS.issues, id: report.issue!.id, depth: 0 })
    const { release: frame } = await loadIssueRelease(req, issue, { draft: false })
    const rebuilt = buildReleaseContent({ ...frame, signoffs: toWorkflowState(issue).signoffs, revision: 1, publishedAt: stored.content.publishedAt, correction: null })
    expect(stored.content).toEqual(JSON.parse(JSON.stringify(rebuilt)))
    expect(releaseHash(rebuilt)).toBe(stored.hash)
    expect(stored.content.sections.map((section) => section.thinkTank?.name)).toEqual(['美国战略与国际研究中心', tank])
    // The issue and its one version (what the admin and the next workflow action read) hold the published state.
    const versions = await payload.findVersions({ collection: SLUGS.issues, where: { parent: { equals: issue.id } }, depth: 0 })
    const latest = await payload.findByID({ collection: SLUGS.issues, id: issue.id, draft: true, depth: 0 })
    expect(versions.docs).toHaveLength(1)
    for (const revision of [issue, latest, versions.docs[0]!.version]) {
      expect(revision).toMatchObject({ stage: 'published', _status: 'published', workflowSequence: 1, revision: 1 })
      expect(revision.signoffs?.map((signoff) => [signoff.stage, signoff.name, signoff.imported, signoff.releaseHash ?? null])).toEqual([
        ['review', '赵杨博', true, null],
        ['layout', '李森', true, null],
        ['final', '梁正', true, null],
        ['final', '鲁俊群', true, stored.hash],
      ])
    }
  })
})

describe('bad input is refused with a clear message and changes nothing', () => {
  const big = Buffer.alloc(20 * 1024 * 1024, 'a')
  const cases: [string, () => Promise<{ file: Uint8Array; filename: string }>, number, string][] = [
    ['an empty file', async () => ({ file: Buffer.alloc(0), filename: 'empty.txt' }), 400, 'empty'],
    ['a file of blank lines', async () => ({ file: Buffer.from('\n \n\t\n'), filename: 'blank.txt' }), 400, 'no text'],
    ['a binary file', async () => ({ file: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), filename: 'logo.png' }), 415, 'not a text'],
    ['a broken Word file', async () => ({ file: Buffer.from('PK\u0003\u0004 not really a zip'), filename: 'broken.docx' }), 400, 'Word'],
    ['a file without sections', async () => ({ file: Buffer.from('这只是一段没有任何栏目结构的文字，既没有智库名称，也没有参考文献。'), filename: 'prose.txt' }), 422, 'No think-tank sections'],
    ['a malformed reference URL', async () => ({ file: Buffer.from(variant().replace('2.https://carnegieendowment.org', '2.htps//carnegieendowment.org')), filename: 'bad-url.txt' }), 422, 'Reference 2'],
    [`a 6 MB file (limit ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`, async () => ({ file: Buffer.alloc(6 * 1024 * 1024, 'a'), filename: 'large.txt' }), 413, 'at most'],
    ['a 20 MB file (stopped by the upload limit while streaming)', async () => ({ file: big, filename: 'huge.txt' }), 413, 'limit'],
  ]

  it.each(cases)('%s', async (_name, make, status, message) => {
    const before = await databaseCounts()
    const { file, filename } = await make()
    const response = await upload('/issues/import', { token: editorToken, file, filename, headers: { 'accept-language': 'en' } })
    expect(response.status).toBe(status)
    expect(JSON.stringify(response.body)).toContain(message)
    expect(await databaseCounts()).toEqual(before)
  })

  it('refuses a second import of the same file, naming the issue it became, unless an administrator forces it', async () => {
    const text = Buffer.from(variant())
    expect((await upload('/issues/import', { token: editorToken, file: text, filename: 'twice.txt' })).status).toBe(201)
    const before = await databaseCounts()
    const again = await upload('/issues/import', { token: editorToken, file: text, filename: 'twice.txt' })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain('已导入')
    expect(await databaseCounts()).toEqual(before)
    expect(again.body).toMatchObject({ errors: [{ data: { code: 'already-imported', existing: { number: expect.any(Number) } } }] })
    // Importing it again as a new issue anyway is for administrators only.
    expect((await upload('/issues/import', { token: editorToken, file: text, filename: 'twice.txt', fields: { force: 'true' } })).status).toBe(403)
    expect(await databaseCounts()).toEqual(before)
    const adminToken = await login(crew.admin.email)
    expect((await upload('/issues/import', { token: adminToken, file: text, filename: 'twice.txt', fields: { force: 'true' } })).status).toBe(201)
  })

  it('imports an unreachable but well-formed URL: links are never fetched during import', async () => {
    const text = variant().replace('2.https://carnegieendowment.org/research/2025/02/', `2.https://carnegieendowment.org/gone-${unique()}/`)
    const response = await upload('/issues/import', { token: editorToken, file: Buffer.from(text), filename: 'dead-link.txt' })
    expect(response.status).toBe(201)
  })

  it('refuses readers and reviewers', async () => {
    expect((await upload('/issues/import', { file: Buffer.from(variant()), filename: 'x.txt' })).status).toBe(401)
    const reviewerToken = await login(crew.reviewer.email)
    expect((await upload('/issues/import', { token: reviewerToken, file: Buffer.from(variant()), filename: 'x.txt' })).status).toBe(403)
  })
})
