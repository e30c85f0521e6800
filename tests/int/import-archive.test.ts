import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImportCli } from '../../scripts/lib/import-cli'
import type { ArchiveEvent } from '../../services/import/archive-upload'
import type { ImportReport } from '../../services/import/import-issue'
import { SLUGS } from '../../src/collection-slugs'
import { docxFromLines } from '../helpers/docx'
import { unique } from '../helpers/factories'
import { login } from '../helpers/http'
import { generateIssue } from '../helpers/issue-generator'
import { upload } from '../helpers/multipart'
import { ownDatabaseUri } from '../helpers/own-database'
import { getTestPayload } from '../helpers/payload'
import { runTsxCommand } from '../helpers/spawn-child'
import { createCrew } from '../helpers/workflow'
import { buildZip, type ZipEntrySpec } from '../helpers/zip'

/*
 * The real `npm run import` command (tsx scripts/import.ts, its own process and a fresh SQLite file)
 * on a folder and on a zip, and the zip-safety refusals through the same command function.
 */
type FileEntry = ImportReport | { file: string; error: { code: string; status: number; message: string } }

const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-archive-'))
const database = await ownDatabaseUri(dir, 'archive')
const issue = (seed: number) => generateIssue(seed)
const NO_SECTIONS = '这只是一段没有任何栏目结构的文字，既没有智库名称，也没有参考文献。\n'

afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The reasons below are read in English (`--lang en`); one-language.test.ts checks the Chinese ones.
const runImport = (args: string[]) =>
  runTsxCommand('scripts/import.ts', [...args, '--lang', 'en'], { ...process.env, DATABASE_URI: database, PAYLOAD_SECRET: 'archive-test', PAYLOAD_LOG_LEVEL: 'fatal' })

const byFile = (files: FileEntry[]) => Object.fromEntries(files.map((entry) => ['error' in entry ? entry.file : entry.file, entry]))
const errorOf = (entry: FileEntry | undefined) => (entry && 'error' in entry ? entry.error : undefined)

describe('npm run import on a folder and a zip', () => {
  const folder = path.join(dir, 'archive')

  beforeAll(async () => {
    mkdirSync(path.join(folder, '2024'), { recursive: true })
    mkdirSync(path.join(folder, '__MACOSX'), { recursive: true })
    writeFileSync(path.join(folder, '2024', '01.txt'), issue(1).text)
    writeFileSync(path.join(folder, '2024', '02.md'), issue(2).text)
    writeFileSync(path.join(folder, '2024', '03.docx'), await docxFromLines(issue(3).text.trim().split('\n')))
    writeFileSync(path.join(folder, '2024', '04-copy.txt'), issue(1).text)
    writeFileSync(path.join(folder, 'no-sections.txt'), NO_SECTIONS)
    writeFileSync(path.join(folder, '.hidden.txt'), issue(4).text)
    writeFileSync(path.join(folder, '__MACOSX', '._01.txt'), 'resource fork')
    writeFileSync(path.join(folder, 'cover.pdf'), '%PDF-1.4')
  })

  it('imports every issue file under the folder, reports the bad file and the copy, and a second run skips what is in', { timeout: 180_000 }, async () => {
    const first = await runImport([folder, '--json'])
    expect(first.code, first.stderr).toBe(1)
    const files = (JSON.parse(first.stdout) as { files: FileEntry[] }).files
    expect(files).toHaveLength(5)
    const imported = files.filter((entry): entry is ImportReport => 'issue' in entry)
    expect(imported.map((report) => report.file)).toEqual(['01.txt', '02.md', '03.docx'])
    expect(imported.every((report) => report.issue !== null && report.articles.created >= 1)).toBe(true)
    const refused = byFile(files)
    expect(errorOf(refused[path.join(folder, '2024', '04-copy.txt')])).toMatchObject({ code: 'duplicate', message: expect.stringMatching(/same text as/i) })
    expect(errorOf(refused[path.join(folder, 'no-sections.txt')])).toMatchObject({ status: 422, message: expect.stringContaining('No think-tank sections') })

    const again = await runImport([folder])
    expect(again.code, again.stderr).toBe(1)
    expect(again.stdout).toMatch(/^\[1\/5\] .*01\.txt: skipped — .*(already imported|已导入)/m)
    expect(again.stdout).toMatch(/^\[4\/5\] .*04-copy\.txt: refused — Same text as .*01\.txt/m)
    expect(again.stdout.match(/: skipped — /g)).toHaveLength(3)
    expect(again.stdout).toMatch(/^ {2}imported +0$/m)
    expect(again.stdout).toMatch(/^ {2}skipped, already imported +3$/m)
    expect(again.stdout).toMatch(/^ {2}refused +2$/m)
    expect(again.stdout).toMatch(/^ {2}not issue files \(left out\) +2$/m)
    expect(again.stdout).toMatch(/^Refused:$/m)
    // Not a terminal: no progress bar.
    expect(again.stdout).not.toContain('\x1b[2K')
  })

  it('imports the issue files of a zip, skips those already imported, and a second run skips them all', { timeout: 180_000 }, async () => {
    const zip = path.join(dir, 'archive.zip')
    writeFileSync(
      zip,
      buildZip([
        { name: '往期/' },
        { name: '往期/01.txt', data: issue(1).text },
        { name: '往期/第5期.txt', data: issue(5).text },
        { name: '往期/06.md', data: issue(6).text, store: true },
        { name: '__MACOSX/往期/._01.txt', data: 'fork' },
        { name: '往期/.DS_Store', data: 'x' },
        { name: 'readme.pdf', data: '%PDF' },
      ]),
    )
    const run = await runImport([zip, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const files = (JSON.parse(run.stdout) as { files: FileEntry[] }).files
    expect(files.map((entry) => ('issue' in entry ? `imported ${entry.file}` : `${entry.error.code} ${entry.file}`))).toEqual([
      `already-imported ${zip}/往期/01.txt`,
      'imported 第5期.txt',
      'imported 06.md',
    ])
    const again = await runImport([zip])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toMatch(/^ {2}skipped, already imported +3$/m)
  })

  it('refuses a zip with an entry that escapes the folder as a whole, and imports nothing from it', { timeout: 120_000 }, async () => {
    const zip = path.join(dir, 'escape.zip')
    writeFileSync(zip, buildZip([{ name: 'good.txt', data: issue(7).text }, { name: '../../evil.txt', data: issue(8).text }]))
    const run = await runImport([zip, '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual({
      files: [{ file: zip, error: { code: 'unsafe-archive', status: 400, message: expect.stringContaining('points outside the archive') } }],
    })
    // Nothing was written: the good file inside it is still new.
    const single = path.join(dir, 'good-7.txt')
    writeFileSync(single, issue(7).text)
    const check = await runImport([single, '--dry-run', '--json'])
    expect(JSON.parse(check.stdout)).toMatchObject({ dryRun: true, file: 'good-7.txt' })
  })
})

describe('zip-safety refusals change nothing', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  const counts = async () => Promise.all([SLUGS.issues, SLUGS.articles, SLUGS.sources, SLUGS.thinkTanks].map(async (collection) => (await payload.count({ collection })).totalDocs))
  const cli = async (args: string[]) => {
    const out: string[] = []
    const code = await runImportCli(payload, [...args, '--lang', 'en'], { out: (text) => out.push(text), err: (text) => out.push(text) })
    return { code, out: out.join('\n') }
  }
  const good = () => issue(100).text.replace('海外智库观察\n', `海外智库观察\n本期编者按（${unique()}）。\n`)
  const bomb = Buffer.alloc(10 * 1024 * 1024, 0x41)

  const cases: [string, () => ZipEntrySpec[] | null, string, string][] = [
    ['a ../ entry', () => [{ name: '../evil.txt', data: good() }], 'unsafe-archive', 'points outside the archive'],
    ['an absolute path', () => [{ name: '/tmp/evil.txt', data: good() }], 'unsafe-archive', 'absolute path'],
    ['a backslash path', () => [{ name: '..\\evil.txt', data: good() }], 'unsafe-archive', 'backslashes'],
    ['a symbolic link', () => [{ name: 'link.txt', data: '/etc/passwd', unixMode: 0o120777 }], 'unsafe-archive', 'symbolic link'],
    ['a nested zip', () => [{ name: 'inner.zip', data: buildZip([{ name: 'x.txt', data: good() }]) }], 'unsafe-archive', 'archive inside the archive'],
    ['a nested .tar.gz', () => [{ name: 'old/issues.tar.gz', data: 'x' }], 'unsafe-archive', 'archive inside the archive'],
    ['a declared total over the limit', () => [{ name: 'huge.pdf', data: 'x', declaredSize: 300 * 1024 * 1024 }], 'archive-too-large', 'unpack to'],
    ['an entry inflating past its declared size (bomb)', () => [{ name: 'bomb.txt', data: bomb, declaredSize: 1000 }], 'archive-too-large', 'zip bomb'],
    ['bytes that are not a zip', () => null, 'unsafe-archive', 'not a readable zip'],
  ]
  it.each(cases)('refuses a zip with %s as a whole', async (_name, entries, code, message) => {
    const zip = path.join(dir, `hostile-${unique()}.zip`)
    const spec = entries()
    writeFileSync(zip, spec ? buildZip([{ name: 'good.txt', data: good() }, ...spec]) : Buffer.from('PK\u0003\u0004 broken'))
    const before = await counts()
    const run = await cli([zip, '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.out)).toEqual({ files: [{ file: zip, error: { code, status: expect.any(Number), message: expect.stringContaining(message) } }] })
    expect(await counts()).toEqual(before)
  })

  it('refuses a zip with more entries than allowed', async () => {
    const zip = path.join(dir, `many-${unique()}.zip`)
    writeFileSync(zip, buildZip(Array.from({ length: 10_001 }, (_, index) => ({ name: `f${index}.pdf`, store: true }))))
    const run = await cli([zip, '--json'])
    expect(JSON.parse(run.out)).toMatchObject({ files: [{ error: { code: 'archive-too-large', status: 413, message: expect.stringContaining('10001 entries') } }] })
  })

  it('refuses just the files that are too large, encrypted-like or unreadable, and imports the rest', async () => {
    const zip = path.join(dir, `mixed-${unique()}.zip`)
    writeFileSync(zip, buildZip([{ name: 'good.txt', data: good() }, { name: 'big.txt', data: Buffer.alloc(6 * 1024 * 1024, 0x61) }, { name: 'broken.docx', data: 'PK\u0003\u0004 nope' }]))
    const run = await cli([zip, '--json'])
    expect(run.code).toBe(1)
    const files = (JSON.parse(run.out) as { files: FileEntry[] }).files
    expect(files.map((entry) => ('issue' in entry ? 'imported' : entry.error.code))).toEqual(['imported', 'file-too-large', 'unreadable-docx'])
  })
})

describe('a zip through the admin upload', () => {
  let payload: Payload
  let editorToken: string
  let adminToken: string
  beforeAll(async () => {
    payload = await getTestPayload()
    const crew = await createCrew(payload)
    editorToken = await login(crew.editor.email)
    adminToken = await login(crew.admin.email)
  })
  const counts = async () => Promise.all([SLUGS.issues, SLUGS.articles].map(async (collection) => (await payload.count({ collection })).totalDocs))
  const events = (body: Record<string, unknown>) =>
    String(body.text)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ArchiveEvent)
  const variantOf = (seed: number) => issue(seed).text.replace('海外智库观察\n', `海外智库观察\n本期编者按（${unique()}）。\n`)

  it('previews every file with its outcome without writing, then imports file by file', async () => {
    const [a, b] = [variantOf(201), variantOf(202)]
    const zip = buildZip([{ name: 'a.txt', data: a }, { name: 'b.txt', data: b }, { name: 'b-again.txt', data: b }, { name: 'prose.txt', data: NO_SECTIONS }, { name: 'x.pdf', data: '%PDF' }])
    const before = await counts()
    const preview = await upload('/issues/import', { token: editorToken, file: zip, filename: 'issues.zip', fields: { dryRun: 'true' } })
    expect(preview.status).toBe(200)
    const previewed = events(preview.body)
    expect(previewed[0]).toEqual({ type: 'start', archive: 'issues.zip', dryRun: true, total: 4, ignored: 1 })
    expect(previewed.filter((event) => event.type === 'file').map((event) => [event.file, event.status, event.error?.code])).toEqual([
      ['issues.zip/a.txt', 'would-import', undefined],
      ['issues.zip/b.txt', 'would-import', undefined],
      ['issues.zip/b-again.txt', 'refused', 'duplicate'],
      ['issues.zip/prose.txt', 'refused', 'no-sections'],
    ])
    expect(previewed.at(-1)).toMatchObject({ type: 'done', totals: { wouldImport: 2, refused: 2, ignored: 1 } })
    expect(await counts()).toEqual(before)

    const write = await upload('/issues/import', { token: editorToken, file: zip, filename: 'issues.zip' })
    const written = events(write.body).filter((event) => event.type === 'file')
    expect(written.map((event) => event.status)).toEqual(['imported', 'imported', 'refused', 'refused'])
    expect(written.map((event) => event.index)).toEqual([1, 2, 3, 4])
    expect((await counts())[0]).toBe(before[0]! + 2)

    const again = events((await upload('/issues/import', { token: editorToken, file: zip, filename: 'issues.zip', fields: { dryRun: 'true' } })).body)
    expect(again.filter((event) => event.type === 'file').map((event) => event.status)).toEqual(['skipped', 'skipped', 'refused', 'refused'])
  })

  it('refuses a hostile zip as a whole with a clear message, and published archive imports by an editor', async () => {
    const before = await counts()
    const evil = buildZip([{ name: 'a.txt', data: variantOf(203) }, { name: '../b.txt', data: 'x' }])
    const hostile = await upload('/issues/import', { token: editorToken, file: evil, filename: 'evil.zip', headers: { 'accept-language': 'en' } })
    expect(hostile.status).toBe(400)
    expect(JSON.stringify(hostile.body)).toContain('points outside the archive')
    const chinese = await upload('/issues/import', { token: editorToken, file: evil, filename: 'evil.zip' })
    expect(chinese.status).toBe(400)
    expect(JSON.stringify(chinese.body)).toContain('压缩包 evil.zip 已整体拒绝')
    const nested = await upload('/issues/import', { token: adminToken, file: buildZip([{ name: 'inner.zip', data: 'x' }]), filename: 'nested.zip' })
    expect(nested.status).toBe(400)
    const archive = await upload('/issues/import', { token: editorToken, file: buildZip([{ name: 'a.txt', data: variantOf(204) }]), filename: 'old.zip', fields: { archive: 'true' } })
    expect(archive.status).toBe(403)
    expect(await counts()).toEqual(before)
  })
})
