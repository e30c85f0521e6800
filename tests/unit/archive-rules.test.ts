import { describe, expect, it } from 'vitest'

import { bilingual } from '../../src/i18n/bilingual'
import {
  ARCHIVE_LIMITS,
  archiveRefusal,
  comparePaths,
  declaredTotalRefusal,
  decodeEntryName,
  entryCountRefusal,
  inflatedSizeRefusal,
  judgeFolderFile,
  judgeZipEntry,
  unixModeOf,
  unsafePathReason,
  type ZipEntryFacts,
} from '../../src/import/archive-rules'

const entry = (name: string, facts: Partial<ZipEntryFacts> = {}): ZipEntryFacts => ({
  name,
  unixMode: null,
  compressionMethod: 8,
  encrypted: false,
  compressedSize: 100,
  uncompressedSize: 400,
  ...facts,
})

describe('paths inside a zip', () => {
  it.each([
    ['../evil.txt', 'outside the archive', '指向压缩包之外'],
    ['issues/../../etc/passwd.txt', 'outside the archive', '指向压缩包之外'],
    ['/etc/passwd.txt', 'absolute path', '绝对路径'],
    ['C:/Windows/issue.txt', 'absolute path', '绝对路径'],
    ['issues\\..\\evil.txt', 'backslashes', '反斜杠'],
    ['a\u0000.txt', 'control characters', '控制字符'],
    ['', 'empty name', '没有名称'],
  ])('refuses %j as a whole archive (%s), naming the entry in both languages', (name, en, zh) => {
    expect(unsafePathReason(name)).toEqual({ zh: expect.stringContaining(zh), en: expect.stringContaining(en) })
    if (name.length > 0 && !name.includes('\u0000')) expect(unsafePathReason(name)?.zh).toContain(name)
    expect(judgeZipEntry(entry(name))).toMatchObject({ kind: 'refuse-archive', reason: { zh: expect.stringContaining(zh), en: expect.stringContaining(en) } })
  })

  it('a zip refused for an unsafe entry says which entry in the Chinese as in the English', () => {
    const refusal = archiveRefusal('evil.zip', unsafePathReason('../evil.txt') ?? bilingual('', ''), 400)
    expect(refusal.zh).toBe('压缩包 evil.zip 已整体拒绝：条目“../evil.txt”指向压缩包之外（../），未导入任何内容。')
    expect(refusal.en).toBe('evil.zip was refused as a whole: the entry "../evil.txt" points outside the archive (../). Nothing from it was imported.')
  })

  it('accepts ordinary relative paths, with dots inside names and Chinese names', () => {
    for (const name of ['2024/第12期.txt', 'a..b.txt', 'x/./y.md', '海外智库观察 2025-03.docx']) expect(unsafePathReason(name)).toBeNull()
  })
})

describe('judging zip entries', () => {
  it('imports .txt, .md and .docx files in any folder', () => {
    for (const name of ['a.txt', 'b/c.MD', 'd/e/f.docx', 'g.markdown']) expect(judgeZipEntry(entry(name))).toEqual({ kind: 'import' })
  })

  it('skips folders, hidden files, __MACOSX and other kinds of file', () => {
    expect(judgeZipEntry(entry('issues/'))).toEqual({ kind: 'folder' })
    expect(judgeZipEntry(entry('.DS_Store'))).toMatchObject({ kind: 'ignore', reason: 'hidden file' })
    expect(judgeZipEntry(entry('issues/.hidden/a.txt'))).toMatchObject({ kind: 'ignore' })
    expect(judgeZipEntry(entry('__MACOSX/issues/._a.txt'))).toMatchObject({ kind: 'ignore' })
    expect(judgeZipEntry(entry('~$draft.docx'))).toMatchObject({ kind: 'ignore' })
    expect(judgeZipEntry(entry('cover.pdf'))).toMatchObject({ kind: 'ignore', reason: expect.stringContaining('.txt') })
  })

  it('refuses the whole archive for a symbolic link or an archive inside it', () => {
    expect(judgeZipEntry(entry('link.txt', { unixMode: 0o120777 }))).toMatchObject({ kind: 'refuse-archive', reason: { zh: expect.stringContaining('符号链接'), en: expect.stringContaining('symbolic link') } })
    expect(judgeZipEntry(entry('plain.txt', { unixMode: 0o100644 }))).toEqual({ kind: 'import' })
    for (const name of ['more.zip', 'x/old.rar', 'y.7z', 'z.tar', 'w.tar.gz', 'v.tgz']) {
      expect(judgeZipEntry(entry(name))).toMatchObject({ kind: 'refuse-archive', reason: { zh: expect.stringContaining('压缩包中的压缩包'), en: expect.stringContaining('archive inside the archive') } })
    }
  })

  it('refuses one file that is too large, encrypted or compressed in a way that cannot be read', () => {
    expect(judgeZipEntry(entry('big.txt', { uncompressedSize: ARCHIVE_LIMITS.maxFileBytes + 1 }))).toMatchObject({ kind: 'refuse-file', code: 'file-too-large' })
    expect(judgeZipEntry(entry('secret.txt', { encrypted: true }))).toMatchObject({ kind: 'refuse-file', code: 'unreadable-entry', reason: expect.stringContaining('encrypted') })
    expect(judgeZipEntry(entry('odd.txt', { compressionMethod: 14 }))).toMatchObject({ kind: 'refuse-file', code: 'unreadable-entry' })
  })
})

describe('sizes and counts', () => {
  const limits = { maxEntries: 3, maxTotalBytes: 1000, maxFileBytes: 500 }

  it('refuses more entries than allowed', () => {
    expect(entryCountRefusal(3, limits)).toBeNull()
    expect(entryCountRefusal(4, limits)).toContain('4 entries')
  })

  it('refuses a declared total over the limit', () => {
    expect(declaredTotalRefusal([{ uncompressedSize: 600 }, { uncompressedSize: 400 }], limits)).toBeNull()
    expect(declaredTotalRefusal([{ uncompressedSize: 600 }, { uncompressedSize: 401 }], limits)).toContain('unpack to')
  })

  it('stops inflating at the first byte past the declared size or the total limit', () => {
    expect(inflatedSizeRefusal({ name: 'a.txt', declared: 100, inflated: 100, archiveInflated: 900 }, limits)).toBeNull()
    expect(inflatedSizeRefusal({ name: 'a.txt', declared: 100, inflated: 101, archiveInflated: 101 }, limits)).toContain('zip bomb')
    expect(inflatedSizeRefusal({ name: 'a.txt', declared: 800, inflated: 500, archiveInflated: 1001 }, limits)).toContain('more than')
  })
})

describe('names and modes', () => {
  it('decodes UTF-8 names, and GB18030 names written without the UTF-8 flag', () => {
    expect(decodeEntryName(Buffer.from('第12期.txt'), true)).toBe('第12期.txt')
    expect(decodeEntryName(Buffer.from('第12期.txt'), false)).toBe('第12期.txt')
    const gbk = Uint8Array.from([0xb5, 0xda, 0x31, 0x32, 0xc6, 0xda, 0x2e, 0x74, 0x78, 0x74]) // 第12期.txt in GBK
    expect(decodeEntryName(gbk, false)).toBe('第12期.txt')
  })

  it('reads a Unix mode only from entries made on Unix', () => {
    expect(unixModeOf((3 << 8) | 20, (0o120777 << 16) >>> 0)).toBe(0o120777)
    expect(unixModeOf(20, 0x20)).toBeNull()
  })

  it('sorts paths in natural order', () => {
    expect(['10.txt', '2.txt', '1.txt'].sort(comparePaths)).toEqual(['1.txt', '2.txt', '10.txt'])
  })
})

describe('files under a folder', () => {
  it('imports issue files, leaves out hidden files, symbolic links and other files, refuses oversized ones', () => {
    expect(judgeFolderFile('2024/a.txt', { size: 10, symlink: false })).toEqual({ kind: 'import' })
    expect(judgeFolderFile('.git/config.txt', { size: 10, symlink: false })).toMatchObject({ kind: 'ignore' })
    expect(judgeFolderFile('a.txt', { size: 10, symlink: true })).toMatchObject({ kind: 'ignore', reason: expect.stringContaining('symbolic') })
    expect(judgeFolderFile('notes.pdf', { size: 10, symlink: false })).toMatchObject({ kind: 'ignore' })
    expect(judgeFolderFile('big.md', { size: ARCHIVE_LIMITS.maxFileBytes + 1, symlink: false })).toMatchObject({ kind: 'refuse-file', code: 'file-too-large' })
  })
})
