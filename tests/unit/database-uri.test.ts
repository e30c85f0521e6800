import { describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URI, redactDatabaseUri, resolveDatabaseTarget, sqliteFilePath } from '../../src/database-uri'

describe('resolveDatabaseTarget', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(resolveDatabaseTarget(undefined)).toEqual({ kind: 'sqlite', uri: DEFAULT_DATABASE_URI })
    expect(resolveDatabaseTarget('  ')).toEqual({ kind: 'sqlite', uri: DEFAULT_DATABASE_URI })
  })

  it('picks SQLite for file:, PostgreSQL for postgres(ql):// and MongoDB for mongodb URIs', () => {
    expect(resolveDatabaseTarget('file:/tmp/x.db').kind).toBe('sqlite')
    expect(resolveDatabaseTarget('postgres://zhiku:pw@127.0.0.1:5432/zhiku')).toEqual({ kind: 'postgres', uri: 'postgres://zhiku:pw@127.0.0.1:5432/zhiku' })
    expect(resolveDatabaseTarget('postgresql://127.0.0.1/zhiku').kind).toBe('postgres')
    expect(resolveDatabaseTarget(' POSTGRES://127.0.0.1/zhiku ').kind).toBe('postgres')
    expect(resolveDatabaseTarget('mongodb://localhost:27017/zhiku').kind).toBe('mongodb')
    expect(resolveDatabaseTarget('mongodb+srv://cluster.example.net/zhiku').kind).toBe('mongodb')
  })

  it('refuses other schemes without echoing credentials', () => {
    expect(() => resolveDatabaseTarget('mysql://user:secret@host/db')).toThrow(/mysql:…/)
    expect(() => resolveDatabaseTarget('mysql://user:secret@host/db')).not.toThrow(/secret/)
    // A bare "postgres:" without the slashes is not a URI the adapter can use.
    expect(() => resolveDatabaseTarget('postgres:zhiku')).toThrow(/postgres:…/)
  })
})

describe('sqliteFilePath', () => {
  it('turns file: URIs into paths', () => {
    expect(sqliteFilePath('file:./data/zhiku.db')).toBe('./data/zhiku.db')
    expect(sqliteFilePath('file:///var/lib/zhiku.db')).toBe('/var/lib/zhiku.db')
  })
})

describe('redactDatabaseUri', () => {
  it('hides a password and keeps the rest', () => {
    expect(redactDatabaseUri('postgres://zhiku:s3cr%40t@db.example:5432/zhiku')).toBe('postgres://zhiku:***@db.example:5432/zhiku')
    expect(redactDatabaseUri('postgres://zhiku@db.example/zhiku')).toBe('postgres://zhiku@db.example/zhiku')
    expect(redactDatabaseUri('file:./data/zhiku.db')).toBe('file:./data/zhiku.db')
  })
})
