import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getIssue, listIssues } from '../../app/(site)/_data/content'
import { READER } from '../../app/(site)/_data/viewer'
import { loadDemoContent } from '../../scripts/lib/load-demo-content'
import { SLUGS } from '../../src/collection-slugs'
import { formatCreditLine } from '../../src/content/credits'
import { DEMO_ACCOUNTS, DEMO_ISSUE, DEMO_PASSWORD } from '../../src/demo/demo-content'
import { login } from '../helpers/http'
import { ownDatabaseUri } from '../helpers/own-database'
import { getTestPayload } from '../helpers/payload'
import { runChild, runChildrenTogether } from '../helpers/spawn-child'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
  await loadDemoContent(payload)
})

describe('the demo loader', () => {
  it('adds nothing on a second run', async () => {
    const collections = [SLUGS.users, SLUGS.newsletters, SLUGS.thinkTanks, SLUGS.sources, SLUGS.articles, SLUGS.issues] as const
    const before = await Promise.all(collections.map((collection) => payload.count({ collection })))
    const report = await loadDemoContent(payload)
    const after = await Promise.all(collections.map((collection) => payload.count({ collection })))
    expect(report.created).toEqual({})
    expect(after.map((count) => count.totalDocs)).toEqual(before.map((count) => count.totalDocs))
  })

  it('loads once when two instances start with the demo on one new database at the same moment', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-demo-twice-'))
    try {
      const env = { ...process.env, DATABASE_URI: await ownDatabaseUri(dir, 'demo-twice'), PAYLOAD_LOG_LEVEL: 'fatal', ZHIKU_JOBS_AUTORUN: 'false' }
      const migrated = await runChild('tests/helpers/demo-load-child.ts', ['-'], env)
      expect(migrated.code, migrated.stderr).toBe(0)
      const runs = await runChildrenTogether('tests/helpers/demo-load-child.ts', [[], []], env)
      for (const run of runs) expect(run.code, run.stderr).toBe(0)
      // Each record was created by one of them and found (or refused as a duplicate and then found) by the other.
      const reports = runs.map((run) => run.lines[0] as { created: Record<string, number>; existing: Record<string, number> })
      const createdIssues = reports.reduce((sum, report) => sum + (report.created[SLUGS.issues] ?? 0), 0)
      expect(createdIssues).toBe(1)
      expect(reports.map((report) => (report.created[SLUGS.users] ?? 0) + (report.existing[SLUGS.users] ?? 0))).toEqual([DEMO_ACCOUNTS.length, DEMO_ACCOUNTS.length])
      const again = await runChildrenTogether('tests/helpers/demo-load-child.ts', [[]], env)
      expect((again[0]!.lines[0] as { created: Record<string, number> }).created).toEqual({})
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('creates one account per role that logs in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      await expect(login(account.email, DEMO_PASSWORD)).resolves.toEqual(expect.any(String))
    }
  })

  it('records the credits as imported sign-offs, not typed text', async () => {
    const found = await payload.find({ collection: SLUGS.issues, where: { slug: { equals: DEMO_ISSUE.slug } } })
    const signoffs = found.docs[0]?.signoffs ?? []
    expect(signoffs.map((signoff) => [signoff.stage, signoff.name, signoff.imported])).toEqual([
      ['review', '赵杨博', true],
      ['layout', '李森', true],
      ['final', '梁正', true],
      ['final', '鲁俊群', true],
    ])
  })
})

describe('the public data module on the demo issue', () => {
  it('lists the demo issue among published issues', async () => {
    const issues = (await listIssues(1, 1000)).items
    expect(issues.map((issue) => issue.slug)).toContain(DEMO_ISSUE.slug)
  })

  it('gives sections, numbered references and credits as a reader sees them', async () => {
    const published = await getIssue(READER, DEMO_ISSUE.slug)
    expect(published).not.toBeNull()
    const { sections, references, credits } = published!.content
    expect(sections.map(({ thinkTank }) => thinkTank?.acronym ?? thinkTank?.nameEn)).toEqual([
      'CSIS',
      'Carnegie Endowment for International Peace',
    ])
    expect(references.map(({ number, url }) => `${number}.${url}`)).toEqual([
      '1.https://www.csis.org/analysis/understanding-us-allies-legal-authorities-export-controls-ai-and-semiconductors',
      '2.https://carnegieendowment.org/research/2025/02/chinas-approach-to-regulating-generative-ai',
    ])
    expect(credits.map(formatCreditLine)).toEqual(['审核：赵杨博', '排版：李森（北京工商大学）', '终审：梁正、鲁俊群'])
  })

  it('does not find an issue that does not exist', async () => {
    expect(await getIssue(READER, 'no-such-issue')).toBeNull()
  })
})
