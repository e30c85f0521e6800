import { describe, expect, it } from 'vitest'

import { planRegistryFeeds, REGISTRY_FEEDS } from '../../src/registry/registry-feeds'
import { THINK_TANK_REGISTRY } from '../../src/registry/think-tank-registry'

const feed = (url: string, thinkTank = 'rand') => ({ thinkTank, url, documentedBy: url })

describe('the feeds the registry ships', () => {
  it('are each on a domain of their registry think tank, over https, with the public source that documents them', () => {
    expect(REGISTRY_FEEDS.length).toBeGreaterThan(0)
    for (const shipped of REGISTRY_FEEDS) {
      const tank = THINK_TANK_REGISTRY.find((entry) => entry.slug === shipped.thinkTank)
      expect(tank, shipped.thinkTank).toBeDefined()
      const host = new URL(shipped.url).hostname
      expect(new URL(shipped.url).protocol).toBe('https:')
      expect(tank!.domains.some((domain) => host === domain || host.endsWith(`.${domain}`)), shipped.url).toBe(true)
      expect(new URL(shipped.documentedBy).protocol).toBe('https:')
    }
    expect(new Set(REGISTRY_FEEDS.map((shipped) => shipped.url)).size).toBe(REGISTRY_FEEDS.length)
  })
})

describe('planRegistryFeeds', () => {
  const thinkTankIds = new Map([['rand', 7]])

  it('offers a shipped feed of a think tank in the database, with its id', () => {
    expect(planRegistryFeeds([feed('https://www.rand.org/a.xml')], { offered: new Set(), followed: new Set(), thinkTankIds })).toEqual([
      { thinkTank: 'rand', url: 'https://www.rand.org/a.xml', documentedBy: 'https://www.rand.org/a.xml', thinkTankId: 7 },
    ])
  })

  it('offers nothing offered before (a deleted feed stays deleted), nothing already followed, nothing for a think tank not loaded', () => {
    const offers = planRegistryFeeds([feed('https://www.rand.org/a.xml'), feed('https://www.rand.org/b.xml'), feed('https://www.csis.org/c.xml', 'csis')], {
      offered: new Set(['https://www.rand.org/a.xml']),
      followed: new Set(['https://www.rand.org/b.xml']),
      thinkTankIds,
    })
    expect(offers).toEqual([])
  })
})
