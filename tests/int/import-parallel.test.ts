import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportReport } from '../../services/import/import-issue'
import { resolveDatabaseTarget } from '../../src/database-uri'
import { generateIssue } from '../helpers/issue-generator'
import { ownDatabaseUri } from '../helpers/own-database'
import { runTsxCommand } from '../helpers/spawn-child'

/*
 * `npm run import` on PostgreSQL writes several files at once (--jobs, by default one per core). Files of
 * one archive depend on each other: a think tank or a source one file adds is matched by the next, and an
 * issue without a stated number takes the next after the one before. The same folder imported with
 * --jobs 2 and with --jobs 1, each into a fresh database, must give the same outcome for every file.
 */
type FileEntry = ImportReport | { file: string; error: { code: string; status: number; message: string } }

const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-parallel-'))
const folder = path.join(dir, 'archive')
const onPostgres = resolveDatabaseTarget(process.env.DATABASE_URI).kind === 'postgres'
const tank = `未来测试研究院${process.pid}`
const tankEn = `Future Test Institute ${process.pid}`

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const runImport = (database: string, args: string[]) =>
  runTsxCommand('scripts/import.ts', [folder, '--archive', '--json', '--lang', 'en', ...args], {
    ...process.env,
    DATABASE_URI: database,
    PAYLOAD_SECRET: 'parallel-test',
    PAYLOAD_LOG_LEVEL: 'fatal',
  })

/** A section of a think tank no registry has, citing `url`. */
const newTankSection = (url: string, number: number) =>
  [
    `${tank} / ${tankEn}`,
    `人工智能治理：第${number}号测试报告`,
    `2024年5月，${tank}发布题为《测试报告第${number}号》的研究报告，讨论人工智能治理的国际协调。`,
  ].join('\n') + `\n${url}`

/** A numbered reference line in any of the generator's styles (`1.https://…`, `1、https://…`, `[1] https://…`). */
const REFERENCE = /^(?:\[\d+\]\s*|\d+\s*[.、．]\s*)(https?:\/\/\S+)$/
const firstUrlOf = (text: string) => text.split('\n').map((line) => REFERENCE.exec(line)?.[1]).find(Boolean)!

/** The issue file of `seed`: its first reference's URL replaced by `firstUrl`, or `extraSection` added before the references. */
function issueText(seed: number, options: { firstUrl?: string; extraSection?: string } = {}): string {
  const lines = generateIssue(seed).text.split('\n')
  const references = lines.flatMap((line, index) => (REFERENCE.test(line) ? [index] : []))
  const first = references[0]!
  // In the style of the file's own first reference.
  const referenceLine = (number: number, url: string) => lines[first]!.replace(/\d+/, String(number)).replace(/https?:\/\/\S+$/, url)
  if (options.firstUrl) lines[first] = referenceLine(1, options.firstUrl)
  if (options.extraSection) {
    const [section, url] = options.extraSection.split(/\n(?=https?:)/)
    lines.splice(references.at(-1)! + 1, 0, referenceLine(references.length + 1, url!))
    lines.splice(first, 0, section!)
  }
  return lines.join('\n')
}

/** What a file's outcome says, without the database's ids (which differ between two databases). */
function outcomeOf(entry: FileEntry) {
  if ('error' in entry) return { file: path.basename(entry.file), refused: entry.error.code }
  return {
    file: path.basename(entry.file),
    number: entry.issue?.number,
    slug: entry.issue?.slug,
    sources: { created: entry.sources.created, matched: entry.sources.matched, urls: entry.sources.items.map((item) => item.url) },
    thinkTanks: entry.thinkTanks,
    articles: entry.articles,
  }
}

describe.runIf(onPostgres)('npm run import with several files written at once', () => {
  beforeAll(() => {
    mkdirSync(folder, { recursive: true })
    const shared = firstUrlOf(generateIssue(4).text)
    const files: [string, string][] = [
      ['01.txt', issueText(1)],
      ['02.txt', issueText(2)],
      ['03.txt', issueText(3)],
      ['04.txt', issueText(4)],
      // Cites the report 04.txt adds: it must match that source, not add a second one.
      ['05.txt', issueText(5, { firstUrl: shared })],
      // The same new think tank in two files: the first adds it, the second matches it.
      ['06.txt', issueText(6, { extraSection: newTankSection('https://future-test.example.org/reports/6', 6) })],
      ['07.txt', issueText(7, { extraSection: newTankSection('https://future-test.example.org/reports/7', 7) })],
      // Refused in the middle: the next file takes the number it would have had.
      ['08.txt', '这只是一段没有任何栏目结构的文字，既没有智库名称，也没有参考文献。\n'],
      ['09.txt', issueText(9)],
      ['10.txt', issueText(10)],
      ['11.txt', issueText(11)],
      ['12.txt', issueText(12)],
    ]
    for (const [name, text] of files) writeFileSync(path.join(folder, name), text)
    // A second copy of 03.txt later in the same run is refused as a duplicate.
    copyFileSync(path.join(folder, '03.txt'), path.join(folder, '13.txt'))
  })

  it('gives every file the outcome of one file after another, in file order', { timeout: 240_000 }, async () => {
    const [parallelDb, serialDb] = await Promise.all([ownDatabaseUri(dir, 'parallel'), ownDatabaseUri(dir, 'serial')])
    const parallel = await runImport(parallelDb, ['--jobs', '2'])
    const serial = await runImport(serialDb, ['--jobs', '1'])
    expect(parallel.code, parallel.stderr).toBe(1) // 08.txt and 13.txt are refused
    expect(serial.code, serial.stderr).toBe(1)
    const parallelFiles = (JSON.parse(parallel.stdout) as { files: FileEntry[] }).files.map(outcomeOf)
    const serialFiles = (JSON.parse(serial.stdout) as { files: FileEntry[] }).files.map(outcomeOf)
    expect(parallelFiles).toEqual(serialFiles)

    // What both agree on is what a person expects of the archive.
    const byName = Object.fromEntries(parallelFiles.map((entry) => [entry.file, entry]))
    expect(parallelFiles.map((entry) => ('number' in entry ? entry.number : entry.refused))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 'no-sections', 8, 9, 10, 11, 'duplicate',
    ])
    expect(byName['05.txt']).toMatchObject({ sources: { matched: 1 } })
    // 06.txt adds the new institute (besides the other new think tanks its text names); 07.txt finds it.
    const tanksOf = (name: string) => (byName[name] as { thinkTanks: { created: number; matched: number } }).thinkTanks
    expect(tanksOf('06.txt').created).toBeGreaterThan(0)
    expect(tanksOf('07.txt').created).toBe(0)
  })
})

describe.runIf(!onPostgres)('npm run import --jobs on SQLite', () => {
  it('refuses more than one job, saying why, and imports nothing', { timeout: 60_000 }, async () => {
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, '01.txt'), issueText(1))
    writeFileSync(path.join(folder, '02.txt'), issueText(2))
    const database = await ownDatabaseUri(dir, 'jobs')
    const run = await runImport(database, ['--jobs', '2'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--jobs needs PostgreSQL: SQLite takes one writer at a time')
    expect(run.stdout).toBe('')
  })
})
