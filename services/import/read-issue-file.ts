import { ImportError } from '../../src/import/import-error'
import { isDocxFile, MAX_IMPORT_BYTES, readImportFile } from '../../src/import/read-import-file'
import { docxUnpackRefusal } from './zip-archive'

/**
 * The text of an issue file, as readImportFile reads it, after making sure a Word file does not
 * unpack to more than its limits: mammoth inflates every part into memory, so a small .docx that
 * inflates to gigabytes would take the server down with it.
 */
export async function readIssueFile(bytes: Uint8Array, filename: string): Promise<string> {
  if (bytes.length > 0 && bytes.length <= MAX_IMPORT_BYTES && isDocxFile(filename, bytes)) {
    const refusal = await docxUnpackRefusal(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    if (refusal) throw new ImportError('docx-too-large', 413, `${filename} was refused: ${refusal}. Word 文件解压后过大，已拒绝。`)
  }
  return readImportFile(bytes, filename)
}
