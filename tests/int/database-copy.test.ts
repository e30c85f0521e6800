import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Newsletter, Release } from '../../payload-types'
import { loadDemoContent } from '../../scripts/lib/load-demo-content'
import { countRecords } from '../../services/database-copy/load-database'
import { SLUGS } from '../../src/collection-slugs'
import type { DumpManifest, RecordCount } from '../../src/database-copy/dump-manifest'
import { DEMO_PASSWORD } from '../../src/demo/demo-content'
import { TEST_PASSWORD, unique } from '../helpers/factories'
import { ownDatabaseUri } from '../helpers/own-database'
import { getTestPayload } from '../helpers/payload'
import { runChild, runTsxCommand } from '../helpers/spawn-child'
import { act, advanceTo, createCrew, createDraftIssue, type Crew } from '../helpers/workflow'

const COMMAND_TIMEOUT = 600_000
const made: string[] = []
/** A new SQLite file under data/ (removed after the file's tests). */
function freshDatabase(name: string): string {
  const file = path.resolve('data', `copy-${name}-${process.pid}-${unique()}.db`)
  made.push(file, `${file}-wal`, `${file}-shm`)
  return `file:${file}`
}
function freshFolder(name: string): string {
  const dir = path.resolve('data', `backup-${name}-${process.pid}-${unique()}`)
  made.push(dir)
  return dir
}
const on = (uri: string): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URI: uri, PAYLOAD_LOG_LEVEL: 'error' })
const command = (script: string, args: string[], uri: string) => runTsxCommand(path.resolve('scripts', script), args, on(uri))
const probe = async (uri: string, ...args: string[]) => {
  const run = await runChild(path.resolve('tests/helpers/database-probe.ts'), args, on(uri))
  if (run.code !== 0) throw new Error(`probe ${args.join(' ')} failed: ${run.stderr}`)
  return run.lines[0]!
}
const asMap = (counts: RecordCount[]) => Object.fromEntries(counts.map((count) => [count.slug, count.records]))

let payload: Payload
let source: string
let crew: Crew
let release: Release

/** Subscribers, each with a delivery of the release, one pair after another. */
async function addSubscribersWithDeliveries(count: number, newsletter: Newsletter): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const id = unique()
    const subscriber = await payload.create({
      collection: SLUGS.subscribers,
      data: { email: `copy-${id}@example.test`, language: 'en', status: 'confirmed', newsletters: [newsletter.id], source: 'api' },
    })
    await payload.create({
      collection: SLUGS.deliveries,
      data: { release: release.id, subscriber: subscriber.id, claim: `copy-${id}`, kind: 'issue', status: 'sent', sentAt: new Date().toISOString() },
    })
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  source = process.env.DATABASE_URI!
  await loadDemoContent(payload)
  crew = await createCrew(payload)
  // A published issue with a correction: two releases, both signed.
  const { issue } = await createDraftIssue(payload, crew)
  const live = await advanceTo(payload, crew, issue, 'published')
  const reopened = await act(payload, live, crew.final1, { action: 'reopen', comment: '更正第一节的日期' })
  await advanceTo(payload, crew, reopened, 'published')
  release = (await payload.find({ collection: SLUGS.releases, where: { issue: { equals: issue.id } }, sort: '-revision', limit: 1 })).docs[0]!
  const newsletter = await payload.findByID({ collection: SLUGS.newsletters, id: typeof issue.newsletter === 'object' ? issue.newsletter.id : issue.newsletter })
  await addSubscribersWithDeliveries(5, newsletter)
}, COMMAND_TIMEOUT)

afterAll(() => {
  for (const file of made) rmSync(file, { recursive: true, force: true })
})

describe('npm run db:copy', () => {
  let target: string

  it(
    'copies every collection to a fresh database: verify prints the same, the counts match, hashes sign in, new records get new ids',
    async () => {
      target = freshDatabase('target')
      const copy = await command('db-copy.ts', ['--from', source, '--to', target], source)
      expect(copy.stderr).toBe('')
      expect(copy.code).toBe(0)
      expect(copy.stdout).toMatch(/Copied \d+ records into sqlite/)

      // The run's database is shared with other files (one of them tampers with a release on purpose):
      // verify must say the same of the copy as of the source, whatever that is.
      const [fromVerify, toVerify] = [await command('verify.ts', [], source), await command('verify.ts', [], target)]
      expect(toVerify.stdout).toBe(fromVerify.stdout)
      expect(toVerify.code).toBe(fromVerify.code)
      expect(toVerify.stdout).toMatch(/2 release\(s\)/)

      const sourceCounts = asMap(await countRecords(payload))
      expect(sourceCounts[SLUGS.deliveries]).toBeGreaterThanOrEqual(5)
      expect(asMap((await probe(target, 'counts')).counts as RecordCount[])).toEqual(sourceCounts)

      expect(await probe(target, 'login', 'editor@example.com', DEMO_PASSWORD)).toEqual({ login: 'editor@example.com', token: true })
      expect(await probe(target, 'login', crew.final1.email, TEST_PASSWORD)).toEqual({ login: crew.final1.email, token: true })

      const created = await probe(target, 'create')
      const newest = async (collection: typeof SLUGS.users | typeof SLUGS.thinkTanks) => (await payload.find({ collection, sort: '-id', limit: 1, depth: 0 })).docs[0]!.id
      expect(created.thinkTankId).toBeGreaterThan(await newest(SLUGS.thinkTanks))
      expect(created.userId).toBeGreaterThan(await newest(SLUGS.users))
    },
    COMMAND_TIMEOUT,
  )

  it(
    'refuses a target that holds data, with exit code 3 and what it holds, and leaves it as it was',
    async () => {
      const before = (await probe(target, 'counts')).counts
      const again = await command('db-copy.ts', ['--from', source, '--to', target], source)
      expect(again.code).toBe(3)
      expect(again.stderr).toMatch(/^The target database holds data \(users: \d+, .*\)\. db:copy needs an empty database/)
      expect((await probe(target, 'counts')).counts).toEqual(before)
    },
    COMMAND_TIMEOUT,
  )

  it(
    'copies that copy on into a fresh database of the run’s own engine (SQLite into PostgreSQL on the PostgreSQL run), and verify still prints the same',
    async () => {
      const onward = await ownDatabaseUri(path.resolve('data'), `copy-onward-${process.pid}-${unique()}`)
      if (onward.startsWith('file:')) made.push(...['', '-wal', '-shm'].map((suffix) => `${onward.slice('file:'.length)}${suffix}`))
      const copy = await command('db-copy.ts', ['--from', target, '--to', onward], target)
      expect(copy.stderr).toBe('')
      expect(copy.code).toBe(0)
      expect(copy.stdout).toMatch(new RegExp(`Copied \\d+ records into ${onward.startsWith('file:') ? 'sqlite' : 'postgres'}`))
      const [fromVerify, onwardVerify] = [await command('verify.ts', [], source), await command('verify.ts', [], onward)]
      expect(onwardVerify.stdout).toBe(fromVerify.stdout)
      expect(onwardVerify.code).toBe(fromVerify.code)
      // The first copy has since gained the records its probe created: the onward copy holds what it holds.
      expect(asMap((await probe(onward, 'counts')).counts as RecordCount[])).toEqual(asMap((await probe(target, 'counts')).counts as RecordCount[]))
      expect(await probe(onward, 'login', crew.final1.email, TEST_PASSWORD)).toEqual({ login: crew.final1.email, token: true })
    },
    COMMAND_TIMEOUT,
  )

  it('refuses the same database as source and target, and a missing --to', async () => {
    const same = await command('db-copy.ts', ['--from', source, '--to', source], source)
    expect(same.code).toBe(2)
    expect(same.stderr).toMatch(/name the same database/)
    const missing = await command('db-copy.ts', ['--from', source], source)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/Usage: npm run db:copy -- --from URI --to URI/)
  }, COMMAND_TIMEOUT)
})

describe('npm run backup and npm run restore', () => {
  let backup: string
  let restored: string

  it(
    'backs up while writes go on, and the backup restores to one consistent moment that verifies',
    async () => {
      backup = freshFolder('live')
      const newsletter = (await payload.find({ collection: SLUGS.newsletters, limit: 1 })).docs[0]!
      const before = asMap(await countRecords(payload))
      let running = true
      const run = command('backup.ts', [backup], source).finally(() => (running = false))
      // Pairs of writes (a subscriber, then its delivery) while the backup reads: read at different
      // moments, the deliveries would name subscribers the backup lacks.
      let pairs = 0
      while (running) {
        await addSubscribersWithDeliveries(1, newsletter)
        pairs += 1
        // SQLite answers within the same turn: let the event loop hear the backup process end.
        await new Promise((resolve) => setImmediate(resolve))
      }
      const result = await run
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(pairs).toBeGreaterThan(0)

      const manifest = JSON.parse(readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as DumpManifest
      const inBackup = Object.fromEntries(manifest.collections.map((entry) => [entry.slug, entry.docs.records]))
      const subscribersTaken = inBackup[SLUGS.subscribers]! - before[SLUGS.subscribers]!
      const deliveriesTaken = inBackup[SLUGS.deliveries]! - before[SLUGS.deliveries]!
      expect(subscribersTaken - deliveriesTaken).toBeGreaterThanOrEqual(0)
      expect(subscribersTaken - deliveriesTaken).toBeLessThanOrEqual(1)
      // Written beside its folder and renamed into place: nothing half-written is left.
      expect(readdirSync(path.dirname(backup)).filter((name) => name.startsWith(`${path.basename(backup)}.partial`))).toEqual([])

      restored = freshDatabase('restored')
      const restore = await command('restore.ts', [backup], restored)
      expect(restore.stderr).toBe('')
      expect(restore.code).toBe(0)
      // Only subscribers and deliveries were written during the backup: verify says of the restored
      // database what it says of the source.
      const [sourceVerify, verify] = [await command('verify.ts', [], source), await command('verify.ts', [], restored)]
      expect(verify.stdout).toBe(sourceVerify.stdout)
      expect(verify.code).toBe(sourceVerify.code)
      expect(verify.stdout).toMatch(/issue\(s\)/)
      const counts = asMap((await probe(restored, 'counts')).counts as RecordCount[])
      for (const entry of manifest.collections) expect([entry.slug, counts[entry.slug]]).toEqual([entry.slug, entry.docs.records])
    },
    COMMAND_TIMEOUT,
  )

  it(
    'refuses to restore into a database that holds data unless --force, which replaces it',
    async () => {
      await probe(restored, 'create')
      const refused = await command('restore.ts', [backup], restored)
      expect(refused.code).toBe(3)
      expect(refused.stderr).toMatch(/^The target database holds data \(.*\)\. Restore into an empty database, or add --force/)

      const forced = await command('restore.ts', [backup, '--force'], restored)
      expect(forced.stderr).toBe('')
      expect(forced.code).toBe(0)
      const manifest = JSON.parse(readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as DumpManifest
      const counts = asMap((await probe(restored, 'counts')).counts as RecordCount[])
      for (const entry of manifest.collections) expect([entry.slug, counts[entry.slug]]).toEqual([entry.slug, entry.docs.records])
    },
    COMMAND_TIMEOUT,
  )

  it('refuses a backup folder that is not empty, and a folder that is not a backup', async () => {
    const taken = await command('backup.ts', [backup], source)
    expect(taken.code).toBe(2)
    expect(taken.stderr).toMatch(/exists and is not empty/)
    const notADump = await command('restore.ts', [path.resolve('tests')], freshDatabase('never'))
    expect(notADump.code).toBe(1)
    expect(notADump.stderr).toMatch(/has no manifest\.json/)
  }, COMMAND_TIMEOUT)
})
