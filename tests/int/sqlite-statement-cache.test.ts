import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheSqliteStatements, statementCacheCounts } from '../../services/database/sqlite-statement-cache'

/*
 * The archive import reuses SQLite's prepared statements (services/database/sqlite-statement-cache.ts).
 * These go through the libSQL client as Payload's adapter does, on a file of their own: a reused statement
 * must bind its new values, survive an error, see a changed table, take up new planner statistics and never
 * keep a snapshot open (a
 * statement left holding one would stop every checkpoint, and the write-ahead log would grow without end).
 */
let folder: string
let client: Client
let other: Client

beforeAll(async () => {
  cacheSqliteStatements()
  folder = mkdtempSync(path.join(os.tmpdir(), 'zhiku-statements-'))
  const url = `file:${path.join(folder, 'cache.db')}`
  client = createClient({ url })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE notes (key TEXT UNIQUE, body TEXT)')
  other = createClient({ url })
})

afterAll(() => {
  client.close()
  other.close()
  rmSync(folder, { recursive: true, force: true })
})

const insert = (key: string, body: string) => client.execute({ sql: 'INSERT INTO notes (key, body) VALUES (?, ?)', args: [key, body] })
const bodyOf = async (key: string) => (await client.execute({ sql: 'SELECT body FROM notes WHERE key = ?', args: [key] })).rows[0]?.body

describe('reused SQLite statements', () => {
  it('are prepared once and bind the values of each run', async () => {
    const before = statementCacheCounts()
    await insert('a', 'first')
    await insert('b', 'second')
    await insert('c', 'third')
    expect([await bodyOf('a'), await bodyOf('b'), await bodyOf('c'), await bodyOf('missing')]).toEqual(['first', 'second', 'third', undefined])
    const after = statementCacheCounts()
    expect(after.prepared - before.prepared).toBe(2)
    expect(after.reused - before.reused).toBe(5)
  })

  it('still run after one of their runs failed', async () => {
    await insert('d', 'fourth')
    await expect(insert('d', 'again')).rejects.toThrow(/UNIQUE/)
    await insert('e', 'fifth')
    expect([await bodyOf('d'), await bodyOf('e')]).toEqual(['fourth', 'fifth'])
  })

  it('see a column added after they were prepared', async () => {
    const everything = () => client.execute({ sql: 'SELECT * FROM notes WHERE key = ?', args: ['a'] })
    expect((await everything()).columns).toEqual(['key', 'body'])
    await client.execute('ALTER TABLE notes ADD COLUMN author TEXT')
    expect((await everything()).columns).toEqual(['key', 'body', 'author'])
  })

  it('are prepared again after new planner statistics, on every connection', async () => {
    await bodyOf('a')
    const before = statementCacheCounts()
    await bodyOf('b')
    expect(statementCacheCounts().prepared).toBe(before.prepared)
    await other.execute('ANALYZE')
    await bodyOf('c')
    expect(statementCacheCounts().prepared).toBe(before.prepared + 1)
  })

  it('hold no snapshot between runs, so another connection can checkpoint the whole log', async () => {
    for (let index = 0; index < 50; index += 1) await insert(`bulk-${index}`, 'x'.repeat(2_000))
    await bodyOf('bulk-1')
    await client.execute('SELECT key FROM notes ORDER BY key')
    const checkpoint = await other.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    const [busy, logPages] = Object.values(checkpoint.rows[0]!)
    expect(busy).toBe(0)
    expect(logPages).toBe(0)
  })
})
