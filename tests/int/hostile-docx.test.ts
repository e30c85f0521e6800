import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readIssueFile } from '../../services/import/read-issue-file'
import { listZip } from '../../services/import/zip-archive'
import { SLUGS } from '../../src/collection-slugs'
import { ImportError } from '../../src/import/import-error'
import { docxFromLines } from '../helpers/docx'
import { login } from '../helpers/http'
import { generateIssue } from '../helpers/issue-generator'
import { upload } from '../helpers/multipart'
import { getTestPayload } from '../helpers/payload'
import { runTsxCommand } from '../helpers/spawn-child'
import { createCrew } from '../helpers/workflow'
import { buildZip, type ZipEntrySpec } from '../helpers/zip'

/*
 * Word files built by hand to lie to the size check: a part that cannot be read placed before a
 * bomb (the outsider's bypass), parts only the Word reader's zip library would see, encrypted or
 * oddly compressed parts. Each is refused as a whole (413) before mammoth inflates anything, by the
 * reader itself, the upload endpoint, the import command, and inside a .zip.
 */
const MB = 1024 * 1024
const CONTENT_TYPES = { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' }
/** Deflate data that no inflater accepts (a reserved block type). */
const CORRUPT = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x01, 0x02])
/** The outsider's file: a corrupt first part, then word/document.xml declaring 60,000 bytes and inflating to 150 MB. */
const corruptThenBomb = () =>
  buildZip([
    { name: '[Content_Types].xml', rawBody: CORRUPT, declaredSize: 300 },
    { name: 'word/document.xml', data: new Uint8Array(150 * MB), declaredSize: 60_000 },
  ])

const refusalOf = async (promise: Promise<unknown>): Promise<ImportError> => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('hostile Word files, read directly', () => {
  it('refuses the corrupt-part-then-bomb file with 413, quickly and without inflating the bomb', async () => {
    const bomb = corruptThenBomb()
    expect(bomb.length).toBeLessThan(MB)
    const before = process.memoryUsage()
    const started = performance.now()
    const error = await refusalOf(readIssueFile(bomb, 'bypass.docx'))
    const elapsed = performance.now() - started
    const grown = process.memoryUsage().arrayBuffers - before.arrayBuffers
    expect(error.status).toBe(413)
    expect(error.code).toBe('unsafe-docx')
    expect(error.message).toMatch(/bypass\.docx.*\[Content_Types\]\.xml.*cannot be read/s)
    expect(elapsed).toBeLessThan(2_000)
    // Nothing near the 150 MB the bomb unpacks to was ever held.
    expect(grown).toBeLessThan(20 * MB)
  })

  it('refuses the bomb placed first as well (inflates past what it declares)', async () => {
    const bomb = buildZip([
      { name: 'word/document.xml', data: new Uint8Array(150 * MB), declaredSize: 60_000 },
      { name: '[Content_Types].xml', rawBody: CORRUPT, declaredSize: 300 },
    ])
    const error = await refusalOf(readIssueFile(bomb, 'first.docx'))
    expect(error.status).toBe(413)
    expect(error.code).toBe('docx-too-large')
    expect(error.message).toMatch(/declares/)
  })

  it('refuses a part the Word reader would see past the count the end record declares', async () => {
    const hidden = buildZip([CONTENT_TYPES, { name: 'word/document.xml', data: '<w:document/>' }, { name: 'word/bomb.xml', data: new Uint8Array(20 * MB), declaredSize: 10 }], {
      declaredEntryCount: 2,
    })
    const error = await refusalOf(readIssueFile(hidden, 'hidden.docx'))
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/more parts than its directory declares/)
  })

  it('refuses parts that are encrypted, use an unknown compression method, or are listed twice', async () => {
    const odd = buildZip([CONTENT_TYPES, { name: 'word/document.xml', data: 'x', method: 14 }])
    expect((await refusalOf(readIssueFile(odd, 'odd.docx'))).status).toBe(413)
    const twice = buildZip([CONTENT_TYPES, { name: 'word/document.xml', data: 'a' }, { name: 'word/document.xml', data: new Uint8Array(MB) }])
    const error = await refusalOf(readIssueFile(twice, 'twice.docx'))
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/listed twice/)
  })

  it('reads an ordinary .docx and still calls a file that is no zip at all unreadable (400)', async () => {
    expect(await readIssueFile(await docxFromLines(['海外智库观察', '第一段。']), 'fine.docx')).toContain('第一段。')
    expect((await refusalOf(readIssueFile(Buffer.from('PK\u0003\u0004 not a zip'), 'broken.docx'))).code).toBe('unreadable-docx')
  })
})

describe('a hostile Word file inside a .zip', () => {
  it('refuses the whole archive with 413 before any file is imported', async () => {
    const entries: ZipEntrySpec[] = [
      { name: '01.txt', data: generateIssue(1).text },
      { name: '02.docx', data: corruptThenBomb(), store: true },
    ]
    const error = await refusalOf(listZip(buildZip(entries), 'evil.zip'))
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/evil\.zip.*02\.docx.*cannot be read/s)
  })

  it('refuses an archive whose entry cannot be inflated, as a whole', async () => {
    const error = await refusalOf(listZip(buildZip([{ name: '01.txt', rawBody: CORRUPT, declaredSize: 100 }]), 'corrupt.zip'))
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/01\.txt.*cannot be unpacked/)
  })
})

describe('through the upload endpoint and the import command', () => {
  let payload: Payload
  let editorToken: string
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-hostile-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeAll(async () => {
    payload = await getTestPayload()
    editorToken = await login((await createCrew(payload)).editor.email)
  })
  const counts = async () => Promise.all([SLUGS.issues, SLUGS.articles, SLUGS.sources].map(async (collection) => (await payload.count({ collection })).totalDocs))

  it('answers 413 with the reason to a .docx upload and to a .zip holding it, writing nothing', async () => {
    const before = await counts()
    const docx = await upload('/issues/import', { token: editorToken, file: corruptThenBomb(), filename: 'bypass.docx', fields: { dryRun: 'false' }, headers: { 'accept-language': 'en' } })
    expect(docx.status).toBe(413)
    expect(JSON.stringify(docx.body)).toMatch(/bypass\.docx was refused.*cannot be read/)
    const zip = await upload('/issues/import', { token: editorToken, file: buildZip([{ name: 'a.docx', data: corruptThenBomb(), store: true }]), filename: 'issues.zip', headers: { 'accept-language': 'en' } })
    expect(zip.status).toBe(413)
    expect(JSON.stringify(zip.body)).toMatch(/issues\.zip was refused as a whole.*a\.docx/)
    expect(await counts()).toEqual(before)
  })

  it('refuses it in npm run import (--json), for the file and for a zip holding it', { timeout: 180_000 }, async () => {
    const docx = path.join(dir, 'bypass.docx')
    const zip = path.join(dir, 'issues.zip')
    writeFileSync(docx, corruptThenBomb())
    writeFileSync(zip, buildZip([{ name: 'a.docx', data: corruptThenBomb(), store: true }]))
    const env = { ...process.env, DATABASE_URI: `file:${path.join(dir, 'cli.db')}`, PAYLOAD_SECRET: 'hostile-docx-test', PAYLOAD_LOG_LEVEL: 'fatal' }
    const run = await runTsxCommand('scripts/import.ts', [docx, zip, '--json', '--lang', 'en'], env)
    expect(run.code, run.stderr).toBe(1)
    const files = (JSON.parse(run.stdout) as { files: { file: string; error?: { code: string; status: number; message: string } }[] }).files
    expect(files).toEqual([
      { file: docx, error: { code: 'unsafe-docx', status: 413, message: expect.stringContaining('cannot be read') } },
      { file: zip, error: { code: 'archive-too-large', status: 413, message: expect.stringContaining('a.docx') } },
    ])
  })
})
