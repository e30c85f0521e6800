import fs, { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { listIssues } from '../../app/(site)/_data/content'
import { runImportCli } from '../../scripts/lib/import-cli'
import type { ImportReport } from '../../services/import/import-issue'
import { SLUGS } from '../../src/collection-slugs'
import { unique } from '../helpers/factories'
import { login } from '../helpers/http'
import { upload } from '../helpers/multipart'
import { getTestPayload } from '../helpers/payload'
import { createCrew, type Crew } from '../helpers/workflow'

const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
/** The seed under a column of its own (so numbers are this test's alone), with an optional dateline. */
const issueText = (column: string, dateline = '') =>
  seed.replace('海外智库观察\n', `${column}\n${dateline ? `${dateline}\n` : ''}本期编者按（${unique()}）说明这一期的选题背景与阅读建议。\n`)

type Failure = { file: string; error: { code: string; status: number; message: string } }

let payload: Payload
let crew: Crew

beforeAll(async () => {
  payload = await getTestPayload()
  crew = await createCrew(payload)
})

const cli = async (args: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = await runImportCli(payload, [...args, '--lang', 'en'], { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const inFolder = async (files: Record<string, string>, run: (paths: string[]) => Promise<void>) => {
  const dir = path.join('data', `dates-${unique()}`)
  fs.mkdirSync(dir, { recursive: true })
  const paths = Object.entries(files).map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name), text)
    return path.join(dir, name)
  })
  try {
    await run(paths)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const issueCount = async () => (await payload.count({ collection: SLUGS.issues })).totalDocs

describe('archive issues are dated and numbered from their files', () => {
  it('imports three files out of order and the public archive lists them by their dates; 第12期 is the issue number', async () => {
    const column = `往期${unique()}`
    await inFolder(
      {
        '2019-05-20-weekly.txt': issueText(column),
        '2017-01-09-weekly.txt': issueText(column, '2017年第12期'),
        '2018.03.15 weekly.txt': issueText(column),
      },
      async (files) => {
        const run = await cli([...files, '--archive', '--json'])
        expect(run.code, run.err).toBe(0)
        const reports = (JSON.parse(run.out) as { files: ImportReport[] }).files
        expect(reports.map((report) => [report.publication.date, report.publication.dateFrom])).toEqual([
          ['2019-05-20', 'filename'],
          ['2017-01-09', 'filename'],
          ['2018-03-15', 'filename'],
        ])
        expect(reports[1]!.publication).toMatchObject({ number: 12, numberFrom: 'text', numberWritten: '第12期' })
        expect(reports[1]!.issue?.number).toBe(12)
        // The others take the next free numbers after it.
        expect(reports.map((report) => report.issue?.number)).toEqual([1, 12, 13])

        const ours = new Set(reports.map((report) => report.issue!.slug))
        const archive = (await listIssues(1, 1000)).items.filter((item) => ours.has(item.slug))
        expect(archive.map((item) => [item.number, item.publishedOn.slice(0, 10)])).toEqual([
          [1, '2019-05-20'],
          [13, '2018-03-15'],
          [12, '2017-01-09'],
        ])
      },
    )
  })

  it('takes the date and number from the heading, and says where they came from', async () => {
    const column = `往期${unique()}`
    await inFolder({ 'plain.txt': issueText(column, '二〇一六年四月八日 总第３０期') }, async ([file]) => {
      const run = await cli([file!, '--archive'])
      expect(run.code, run.err).toBe(0)
      expect(run.out).toContain('published 2016-04-08 (the text); No. 30 (the text)')
      const issue = (await payload.find({ collection: SLUGS.issues, where: { importedFrom: { equals: 'plain.txt' } }, sort: '-createdAt', limit: 1, depth: 0 })).docs[0]!
      expect(issue).toMatchObject({ number: 30, publishAt: '2016-04-08T12:00:00.000Z' })
      const release = await payload.find({ collection: SLUGS.releases, where: { issue: { equals: issue.id } }, depth: 0 })
      expect(release.docs.map((doc) => doc.publishedAt)).toEqual(['2016-04-08T12:00:00.000Z'])
    })
  })

  it('refuses a stated number the newsletter already has, and writes nothing', async () => {
    const column = `往期${unique()}`
    await inFolder({ 'a.txt': issueText(column, '第7期'), 'b.txt': issueText(column, '第7期') }, async ([first, second]) => {
      expect((await cli([first!, '--archive'])).code).toBe(0)
      const before = await issueCount()
      const run = await cli([second!, '--archive', '--json'])
      expect(run.code).toBe(1)
      const failure = JSON.parse(run.out) as Failure
      expect(failure.error).toMatchObject({ code: 'number-taken', status: 409 })
      expect(failure.error.message).toContain('already has issue No. 7')
      expect(failure.error.message).toContain('imported from a.txt')
      expect(await issueCount()).toBe(before)
    })
  })

  it('numbers a file that states none after the newsletter highest, a draft renumbered above the saved issues included', async () => {
    const column = `往期${unique()}`
    await inFolder({ 'a.txt': issueText(column, '第7期'), 'b.txt': issueText(column, '第8期'), 'c.txt': issueText(column), 'd.txt': issueText(column) }, async ([a, b, c, d]) => {
      expect((await cli([a!, '--archive'])).code).toBe(0)
      const draft = JSON.parse((await cli([b!, '--json'])).out) as ImportReport
      // The draft is renumbered in a draft save: the saved issue still says 8, its latest version 12.
      await payload.update({ collection: SLUGS.issues, id: draft.issue!.id, data: { number: 12 }, draft: true, user: crew.editor })
      expect((await payload.findByID({ collection: SLUGS.issues, id: draft.issue!.id, depth: 0, overrideAccess: true })).number).toBe(8)
      const third = JSON.parse((await cli([c!, '--archive', '--json'])).out) as ImportReport
      expect(third.issue?.number).toBe(13)
      expect(third.publication.numberFrom).toBe('sequence')
      const fourth = JSON.parse((await cli([d!, '--archive', '--json'])).out) as ImportReport
      expect(fourth.issue?.number).toBe(14)
    })
  })

  it('uses --date and --number when the file states neither, and refuses malformed ones before reading anything', async () => {
    const column = `往期${unique()}`
    await inFolder({ 'undated.txt': issueText(column) }, async ([file]) => {
      const before = await issueCount()
      expect(await cli([file!, '--date', '2025-02-30'])).toMatchObject({ code: 2, err: expect.stringContaining('no such date') })
      expect(await cli([file!, '--date'])).toMatchObject({ code: 2, err: expect.stringContaining('--date needs a value') })
      expect(await cli([file!, '--number', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('--number x') })
      expect(await cli([file!, file!, '--number=4'])).toMatchObject({ code: 2, err: expect.stringContaining('one issue') })
      expect(await issueCount()).toBe(before)

      const run = await cli([file!, '--archive', '--json', '--date=2015-06', '--number', '4'])
      expect(run.code, run.err).toBe(0)
      const report = JSON.parse(run.out) as ImportReport
      expect(report.publication).toMatchObject({ date: '2015-06', dateFrom: 'option', number: 4, numberFrom: 'option' })
      expect(report.issue?.number).toBe(4)
    })
  })
})

describe('the admin preview shows the date and number found', () => {
  it('previews the date from the report months, takes date and number fields, and refuses a bad date with 400', async () => {
    const adminToken = await login(crew.admin.email)
    const column = `往期${unique()}`
    const file = Buffer.from(issueText(column))
    const preview = await upload('/issues/import', { token: adminToken, file, filename: 'upload.txt', fields: { dryRun: 'true' } })
    expect(preview.status).toBe(200)
    // The seed's sections state 2025年3月 and 2025年2月: the latest is used.
    expect((preview.body as unknown as ImportReport).publication).toMatchObject({ date: '2025-03', dateFrom: 'reports', number: 1, numberFrom: 'sequence' })

    const given = await upload('/issues/import', { token: adminToken, file, filename: 'upload.txt', fields: { dryRun: 'true', date: '2014-10-01', number: '9' } })
    expect((given.body as unknown as ImportReport).publication).toMatchObject({ date: '2014-10-01', dateFrom: 'option', number: 9, numberFrom: 'option' })

    const before = await issueCount()
    const bad = await upload('/issues/import', { token: adminToken, file, filename: 'upload.txt', fields: { date: '2014-13-01' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('--date 2014-13-01：没有这一天。')
    expect(await issueCount()).toBe(before)
  })
})
