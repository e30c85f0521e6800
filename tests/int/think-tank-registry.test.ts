import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importIssue } from '../../services/import/import-issue'
import { loadThinkTankRegistry } from '../../services/registry/load-registry'
import { loadRegistryFeeds } from '../../services/registry/load-registry-feeds'
import { SLUGS } from '../../src/collection-slugs'
import { REGISTRY_FEEDS } from '../../src/registry/registry-feeds'
import { THINK_TANK_REGISTRY } from '../../src/registry/think-tank-registry'
import { createUser, unique } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'

const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
const variant = () => seed.replace('海外智库观察\n', `海外智库观察\n编者按（${unique()}）：本期选题说明。\n`)

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('the think-tank registry in the database', () => {
  it('is loaded by the migrations, so a new database knows every registry think tank', async () => {
    const { totalDocs } = await payload.count({ collection: SLUGS.thinkTanks, where: { registryKey: { exists: true } } })
    expect(totalDocs).toBe(THINK_TANK_REGISTRY.length)
  })

  it('loads again without changes, and keeps a field an admin edited', async () => {
    const [rand] = (await payload.find({ collection: SLUGS.thinkTanks, where: { registryKey: { equals: 'rand' } }, limit: 1 })).docs
    await payload.update({ collection: SLUGS.thinkTanks, id: rand!.id, data: { name: '兰德公司（美国）' } })
    expect(await loadThinkTankRegistry(payload)).toEqual({ created: 0, updated: 0, unchanged: THINK_TANK_REGISTRY.length })
    expect((await payload.findByID({ collection: SLUGS.thinkTanks, id: rand!.id })).name).toBe('兰德公司（美国）')
    await payload.update({ collection: SLUGS.thinkTanks, id: rand!.id, data: { name: '兰德公司' } })
  })
})

describe('the feeds the registry ships', () => {
  const feedsAt = async (url: string) => (await payload.find({ collection: SLUGS.feeds, where: { url: { equals: url } }, depth: 0, pagination: false })).docs

  it('are offered at start-up, switched off, under their think tank, with where the address is documented', async () => {
    await loadRegistryFeeds(payload)
    for (const shipped of REGISTRY_FEEDS) {
      const [feed, ...more] = await feedsAt(shipped.url)
      expect(more).toEqual([])
      const [tank] = (await payload.find({ collection: SLUGS.thinkTanks, where: { registryKey: { equals: shipped.thinkTank } }, depth: 0, limit: 1 })).docs
      expect(feed).toMatchObject({ active: false, thinkTank: tank!.id, documentedBy: shipped.documentedBy })
    }
  })

  it('offers each address once: a deleted one stays deleted, one already followed is not doubled', async () => {
    const shipped = { thinkTank: 'rand', url: `https://www.rand.org/pubs/${unique()}.xml`, documentedBy: 'https://www.rand.org/pubs/articles.xml' }
    expect(await loadRegistryFeeds(payload, [shipped])).toEqual({ created: 1 })
    expect(await loadRegistryFeeds(payload, [shipped])).toEqual({ created: 0 })
    const [offered] = await feedsAt(shipped.url)
    await payload.delete({ collection: SLUGS.feeds, id: offered!.id })
    expect(await loadRegistryFeeds(payload, [shipped])).toEqual({ created: 0 })
    expect(await feedsAt(shipped.url)).toEqual([])

    const followed = { ...shipped, url: `https://www.rand.org/pubs/${unique()}.xml` }
    await payload.create({ collection: SLUGS.feeds, data: { url: followed.url, intervalMinutes: 30 } })
    expect(await loadRegistryFeeds(payload, [followed])).toEqual({ created: 0 })
    expect((await feedsAt(followed.url)).map((feed) => feed.intervalMinutes)).toEqual([30])
  })

  it('leaves the documented-at field to the loader: an editor cannot set it through the API', async () => {
    const editor = await createUser(payload, ['editor'])
    const url = `https://www.rand.org/pubs/${unique()}.xml`
    const feed = await payload.create({ collection: SLUGS.feeds, data: { url, intervalMinutes: 60, documentedBy: 'https://invented.example/' }, user: editor, overrideAccess: false })
    expect(feed.documentedBy ?? null).toBeNull()
    const updated = await payload.update({ collection: SLUGS.feeds, id: feed.id, data: { documentedBy: 'https://invented.example/' }, user: editor, overrideAccess: false })
    expect(updated.documentedBy ?? null).toBeNull()
  })
})

describe('checks on a database holding only the registry', () => {
  it('report the seed’s Carnegie/Brookings heading as an error naming both', async () => {
    const report = await importIssue(payload, { text: variant(), filename: 'seed.txt', dryRun: true })
    expect(report.thinkTanks).toEqual({ created: 0, matched: 2 })
    const errors = report.checks.filter((check) => check.severity === 'error')
    expect(errors.map((check) => check.code)).toEqual(['heading-think-tank-mismatch'])
    expect(errors[0]!.message).toContain('卡内基国际和平基金会')
    expect(errors[0]!.message).toContain('布鲁金斯学会')
    const english = await importIssue(payload, { text: variant(), filename: 'seed.txt', dryRun: true, language: 'en' })
    const englishError = english.checks.find((check) => check.severity === 'error')!
    expect(englishError.message).toContain('Carnegie Endowment for International Peace')
    expect(englishError.message).toContain('Brookings Institution')
  })

  it('report a Brookings section citing rand.org as an error naming both', async () => {
    const text = variant()
      .replace('卡内基国际和平基金会\nbrookings institution', '布鲁金斯学会\nBrookings Institution')
      .replace('2.https://carnegieendowment.org/research/2025/02/chinas-approach-to-regulating-generative-ai', `2.https://www.rand.org/pubs/research_reports/${unique()}.html`)
    const report = await importIssue(payload, { text, filename: 'rand.txt', dryRun: true })
    const errors = report.checks.filter((check) => check.severity === 'error')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.some((check) => check.message.includes('布鲁金斯学会') && check.message.includes('兰德公司'))).toBe(true)
  })
})
