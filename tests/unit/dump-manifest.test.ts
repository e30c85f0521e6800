import { describe, expect, it } from 'vitest'

import { sameDatabase } from '../../src/database-copy/database-uris'
import {
  countMismatches,
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  isSafeRelativePath,
  nonEmptyTargetMessage,
  parseManifest,
  unknownSlugs,
  type DumpManifest,
} from '../../src/database-copy/dump-manifest'

const entry = (file: string, records: number) => ({ file, records, sha256: 'a'.repeat(64) })
const manifest = (overrides: Partial<DumpManifest> = {}): DumpManifest => ({
  format: DUMP_FORMAT,
  formatVersion: DUMP_FORMAT_VERSION,
  createdAt: '2026-12-05T12:00:00.000Z',
  sourceAdapter: 'sqlite',
  schema: '20261129_125838_jobs_schedule_stats',
  collections: [
    { slug: 'issues', docs: entry('collections/issues.ndjson', 3), versions: entry('collections/issues.versions.ndjson', 7) },
    { slug: 'users', docs: entry('collections/users.ndjson', 2) },
  ],
  globals: [{ slug: 'style-guide', doc: entry('globals/style-guide.ndjson', 1) }],
  media: [{ file: 'media/media/cover.png', bytes: 10, sha256: 'b'.repeat(64) }],
  ...overrides,
})

describe('parseManifest', () => {
  it('accepts a manifest this version wrote', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(manifest())))).toEqual(manifest())
  })

  it('refuses what is not a dump, another format version, and malformed entries', () => {
    expect(() => parseManifest({ hello: 1 })).toThrow(/not a Zhiku dump/)
    expect(() => parseManifest({ ...manifest(), formatVersion: 2 })).toThrow(/version 2 is not supported/)
    expect(() => parseManifest({ ...manifest(), collections: [{ slug: 'issues', docs: { file: 'x' } }] })).toThrow(/malformed collection entry/)
    expect(() => parseManifest({ ...manifest(), media: 'all' })).toThrow(/lacks its collections, globals or media/)
  })

  it('refuses a manifest naming a file outside its folder', () => {
    for (const file of ['../../etc/passwd', '/etc/passwd', 'media\\..\\x', 'media/./x', 'media//x']) {
      expect(() => parseManifest({ ...manifest(), media: [{ file, bytes: 1, sha256: 'c' }] })).toThrow(/outside the dump/)
    }
    expect(() => parseManifest({ ...manifest(), collections: [{ slug: 'users', docs: entry('../users.ndjson', 1) }] })).toThrow(/outside the dump/)
  })
})

describe('isSafeRelativePath', () => {
  it('allows plain relative paths only', () => {
    expect(isSafeRelativePath('collections/users.ndjson')).toBe(true)
    expect(isSafeRelativePath('media/media/封面.png')).toBe(true)
    expect(isSafeRelativePath('')).toBe(false)
    expect(isSafeRelativePath('a/../b')).toBe(false)
  })
})

describe('unknownSlugs', () => {
  it('names collections and globals with records that the app lacks; empty ones do not matter', () => {
    const dump = manifest({
      collections: [
        { slug: 'issues', docs: entry('collections/issues.ndjson', 3) },
        { slug: 'feeds', docs: entry('collections/feeds.ndjson', 4) },
        { slug: 'gone', docs: entry('collections/gone.ndjson', 0) },
      ],
      globals: [{ slug: 'old-settings', doc: entry('globals/old-settings.ndjson', 1) }],
    })
    expect(unknownSlugs(dump, { collections: ['issues'], globals: [] })).toEqual(['feeds', 'global old-settings'])
    expect(unknownSlugs(dump, { collections: ['issues', 'feeds'], globals: ['old-settings'] })).toEqual([])
  })
})

describe('nonEmptyTargetMessage', () => {
  it('is null for an empty target and lists what a non-empty one holds', () => {
    expect(nonEmptyTargetMessage([{ slug: 'users', records: 0 }], 'hint')).toBeNull()
    expect(nonEmptyTargetMessage([{ slug: 'users', records: 2 }, { slug: 'issues', records: 0 }, { slug: 'think-tanks', records: 30 }], 'Add --force.')).toBe(
      'The target database holds data (users: 2, think-tanks: 30). Add --force.',
    )
  })
})

describe('countMismatches', () => {
  it('compares documents and versions with what was found', () => {
    const found = new Map([
      ['issues', 3],
      ['issues versions', 6],
      ['users', 2],
    ])
    expect(countMismatches(manifest(), found)).toEqual(['issues versions: expected 7, found 6'])
    expect(countMismatches(manifest(), new Map([...found, ['issues versions', 7]]))).toEqual([])
  })
})

describe('database URIs', () => {
  it('tells when two URIs name one database', () => {
    expect(sameDatabase('file:./data/zhiku.db', 'file:data/zhiku.db', '/srv/app')).toBe(true)
    expect(sameDatabase('file:./data/zhiku.db', 'file:/srv/app/data/../data/zhiku.db', '/srv/app')).toBe(true)
    expect(sameDatabase('file:./data/zhiku.db', 'file:./data/copy.db', '/srv/app')).toBe(false)
    expect(sameDatabase('postgres://h/zhiku', 'postgres://h/zhiku/', '/srv/app')).toBe(true)
  })
})
