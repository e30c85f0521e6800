import { describe, expect, it } from 'vitest'

import { readIssueFile } from '../../services/import/read-issue-file'
import { ImportError } from '../../src/import/import-error'
import { docxFromLines } from '../helpers/docx'
import { buildZip } from '../helpers/zip'

/*
 * A Word file is a zip, and the Word reader inflates all of it into memory: a few hundred kilobytes
 * of zeros that unpack to a hundred megabytes must be refused before it is read.
 */
const refusal = async (bytes: Buffer, name: string) => {
  const error = await readIssueFile(bytes, name).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('reading an uploaded Word file', () => {
  it('reads an ordinary .docx', async () => {
    const text = await readIssueFile(await docxFromLines(['海外智库观察', '第一段。']), 'issue.docx')
    expect(text).toContain('海外智库观察')
    expect(text).toContain('第一段。')
  })

  it('refuses a .docx whose parts unpack to more than the limit, before reading it', async () => {
    const bomb = buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: new Uint8Array(100 * 1024 * 1024) }])
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const error = await refusal(bomb, 'bomb.docx')
    expect(error.status).toBe(413)
    expect(error.code).toBe('docx-too-large')
    expect(error.message).toMatch(/bomb\.docx.*unpack/s)
  })

  it('refuses a .docx whose part inflates past the size it declares', async () => {
    const liar = buildZip([{ name: 'word/document.xml', data: new Uint8Array(8 * 1024 * 1024), declaredSize: 1024 }])
    const error = await refusal(liar, 'liar.docx')
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/declares/)
  })

  it('still calls a broken .docx unreadable rather than too large', async () => {
    const error = await refusal(Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.docx')
    expect(error.code).toBe('unreadable-docx')
  })
})
