import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importIssue } from '../../services/import/import-issue'
import { SLUGS } from '../../src/collection-slugs'
import { unique } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('the think-tank registry, read once per import run', () => {
  it('still sees a think tank added or renamed between two imports', async () => {
    const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
    const text = () => seed.replace('海外智库观察\n', `缓存${unique()}\n本期编者按（${unique()}）。\n`)
    await importIssue(payload, { text: text(), filename: 'first.txt', dryRun: true })
    const id = unique()
    const name = `缓存测试${id}研究中心`
    const headed = (zh: string, en: string, domain: string) =>
      text().replace('美国战略与国际研究中心\ncsis\n', `${zh}\n${en}\n`).replace('https://www.csis.org/', `https://${domain}/`)

    const tank = await payload.create({
      collection: SLUGS.thinkTanks,
      data: { name, nameEn: `Cache Test Center ${id}`, slug: `cache-${id}`, domains: [`cache-${id}.org`] },
    })
    const added = await importIssue(payload, { text: headed(name, `Cache Test Center ${id}`, `cache-${id}.org`), filename: 'second.txt', dryRun: true })
    expect(added.thinkTanks).toEqual({ created: 0, matched: 2 })

    await payload.update({ collection: SLUGS.thinkTanks, id: tank.id, data: { name: `${name}二`, nameEn: `Renamed Center ${id}`, domains: [`renamed-${id}.org`] } })
    const renamed = await importIssue(payload, { text: headed(`${name}二`, `Renamed Center ${id}`, `renamed-${id}.org`), filename: 'third.txt', dryRun: true })
    expect(renamed.thinkTanks).toEqual({ created: 0, matched: 2 })
  })
})
