import mammoth from 'mammoth'

import { bilingual } from '../i18n/bilingual'
import { ImportError } from './import-error'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export const isDocxFile = (name: string, bytes: Uint8Array): boolean => /\.docx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Older Chinese files are often GBK/GB18030 rather than UTF-8.
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/**
 * The text of an uploaded issue: plain text or Markdown (UTF-8, or GB18030 as older Chinese files
 * are), or a Word .docx (through mammoth). Refuses empty, binary and oversized files.
 */
export async function readImportFile(bytes: Uint8Array, filename: string): Promise<string> {
  if (bytes.length === 0) throw new ImportError('empty-file', 400, bilingual(`${filename} 是空文件。`, `${filename} is empty.`))
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'file-too-large',
      413,
      bilingual(
        `${filename} 有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB；一期文件最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB。`,
        `${filename} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an issue file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      ),
    )
  }
  let text: string
  if (isDocxFile(filename, bytes)) {
    try {
      text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    } catch {
      throw new ImportError('unreadable-docx', 400, bilingual(`${filename} 无法作为 Word (.docx) 文件读取。`, `${filename} could not be read as a Word (.docx) file.`))
    }
  } else {
    const head = bytes.subarray(0, 8192)
    if (head.includes(0)) {
      throw new ImportError('binary-file', 415, bilingual(`${filename} 不是纯文本、Markdown 或 Word (.docx) 文件。`, `${filename} is not a text, Markdown or Word (.docx) file.`))
    }
    text = decodeText(bytes)
  }
  if (text.trim() === '') throw new ImportError('empty-file', 400, bilingual(`${filename} 没有文字内容。`, `${filename} has no text.`))
  return text
}
