import { describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URI, resolveDatabaseTarget, sqliteFilePath } from '../../src/database-uri'

describe('resolveDatabaseTarget', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(resolveDatabaseTarget(undefined)).toEqual({ kind: 'sqlite', uri: DEFAULT_DATABASE_URI })
    expect(resolveDatabaseTarget('  ')).toEqual({ kind: 'sqlite', uri: DEFAULT_DATABASE_URI })
  })

  it('picks SQLite for file: URIs and MongoDB for mongodb URIs', () => {
    expect(resolveDatabaseTarget('file:/tmp/x.db').kind).toBe('sqlite')
    expect(resolveDatabaseTarget('mongodb://localhost:27017/zhiku').kind).toBe('mongodb')
    expect(resolveDatabaseTarget('mongodb+srv://cluster.example.net/zhiku').kind).toBe('mongodb')
  })

  it('refuses other schemes without echoing credentials', () => {
    expect(() => resolveDatabaseTarget('postgres://user:secret@host/db')).toThrow(/postgres:…/)
    expect(() => resolveDatabaseTarget('postgres://user:secret@host/db')).not.toThrow(/secret/)
  })
})

describe('sqliteFilePath', () => {
  it('turns file: URIs into paths', () => {
    expect(sqliteFilePath('file:./data/zhiku.db')).toBe('./data/zhiku.db')
    expect(sqliteFilePath('file:///var/lib/zhiku.db')).toBe('/var/lib/zhiku.db')
  })
})
