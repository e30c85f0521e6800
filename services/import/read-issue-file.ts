import { bilingual } from '../../src/i18n/bilingual'
import { ImportError } from '../../src/import/import-error'
import { isDocxFile, MAX_IMPORT_BYTES, readImportFile } from '../../src/import/read-import-file'
import { inspectDocx, type DocxInspection } from './zip-archive'

/** The refusal for a Word file the check did not pass, or null when it may be read. */
export function docxRefusal(inspection: DocxInspection, filename: string): ImportError | null {
  if (inspection.kind === 'ok') return null
  if (inspection.kind === 'not-a-zip') {
    return new ImportError('unreadable-docx', 400, bilingual(`${filename} 无法作为 Word (.docx) 文件读取。`, `${filename} could not be read as a Word (.docx) file.`))
  }
  return inspection.cause === 'size'
    ? new ImportError('docx-too-large', 413, bilingual(`${filename} 已拒绝：Word 文件解压后过大。`, `${filename} was refused: ${inspection.reason}.`))
    : new ImportError('unsafe-docx', 413, bilingual(`${filename} 已拒绝：Word 文件中有无法读取的部分。`, `${filename} was refused: ${inspection.reason}.`))
}

/**
 * The text of an issue file, as readImportFile reads it, after checking every part of a Word file
 * (inspectDocx): mammoth inflates parts into memory, so a small .docx that inflates to gigabytes —
 * or hides its bomb behind a part the check cannot read — is refused before mammoth sees it.
 */
export async function readIssueFile(bytes: Uint8Array, filename: string): Promise<string> {
  if (bytes.length > 0 && bytes.length <= MAX_IMPORT_BYTES && isDocxFile(filename, bytes)) {
    const refusal = docxRefusal(await inspectDocx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), filename)
    if (refusal) throw refusal
  }
  return readImportFile(bytes, filename)
}
