import { describe, expect, it } from 'vitest'

import { runEditorialChecks } from '../../src/checks/run-checks'
import { thinkTankNamed } from '../../src/checks/think-tank-names'
import type { CheckedThinkTank } from '../../src/checks/types'
import { planRegistryLoad, registryValues, type StoredThinkTank } from '../../src/registry/plan-registry-load'
import { registryStyleTerms } from '../../src/registry/registry-style-terms'
import { THINK_TANK_REGISTRY, type RegistryEntry } from '../../src/registry/think-tank-registry'
import { isSlug } from '../../src/validation/slug'
import { isDomain } from '../../src/validation/url'

describe('the shipped think-tank registry', () => {
  it('has at least 150 think tanks with unique slugs, domains and names, all well-formed', () => {
    expect(THINK_TANK_REGISTRY.length).toBeGreaterThanOrEqual(150)
    const unique = (values: string[]) => new Set(values).size === values.length
    expect(unique(THINK_TANK_REGISTRY.map((entry) => entry.slug))).toBe(true)
    expect(unique(THINK_TANK_REGISTRY.flatMap((entry) => entry.domains))).toBe(true)
    const names = THINK_TANK_REGISTRY.flatMap((entry) => [...new Set([entry.name, entry.nameEn, entry.acronym, ...entry.nameVariants, ...entry.nameEnVariants].filter(Boolean).map((n) => n!.toLowerCase()))])
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([])
    for (const entry of THINK_TANK_REGISTRY) {
      expect(isSlug(entry.slug), entry.slug).toBe(true)
      expect(entry.domains.length, entry.slug).toBeGreaterThan(0)
      expect(entry.domains.every(isDomain), entry.slug).toBe(true)
      expect(entry.country === null || /^[A-Z]{2}$/.test(entry.country), entry.slug).toBe(true)
    }
  })

  it('covers the think tanks of the seed issue and of watchers’ usual beat', () => {
    const tanks = THINK_TANK_REGISTRY.map((entry, index) => ({ id: index, ...entry, aliases: [...entry.nameVariants, ...entry.nameEnVariants] }))
    expect(thinkTankNamed(tanks, '卡内基基金会')?.slug).toBe('carnegie-endowment')
    expect(thinkTankNamed(tanks, 'brookings institution')?.slug).toBe('brookings')
    expect(thinkTankNamed(tanks, 'csis')?.slug).toBe('csis')
    expect(thinkTankNamed(tanks, '布鲁盖尔研究所')?.slug).toBe('bruegel')
    expect(thinkTankNamed(tanks, 'Chatham House')?.slug).toBe('chatham-house')
    expect(thinkTankNamed(tanks, '全球化智库')?.slug).toBe('ccg')
  })

  it('gives the style check the acronyms and names, but not acronyms that are ordinary words', () => {
    const terms = registryStyleTerms()
    expect(terms).toEqual(expect.arrayContaining(['CSIS', 'RAND', 'SIPRI', 'Brookings Institution', 'Atlantic Council']))
    expect(terms).not.toContain('CAP')
  })
})

describe('planRegistryLoad', () => {
  const entry: RegistryEntry = { slug: 'bruegel', acronym: null, nameEn: 'Bruegel', name: '布鲁盖尔研究所', country: 'BE', domains: ['bruegel.org'], nameVariants: [], nameEnVariants: [] }
  const loaded = (overrides: Partial<StoredThinkTank> = {}): StoredThinkTank => ({ id: 7, slug: 'bruegel', registryKey: 'bruegel', registryValues: registryValues(entry), ...registryValues(entry), ...overrides })

  it('creates what is new and does nothing when the registry is already in', () => {
    expect(planRegistryLoad([entry], [])).toEqual([{ kind: 'create', key: 'bruegel', slug: 'bruegel', values: registryValues(entry) }])
    expect(planRegistryLoad([entry], [loaded()])).toEqual([])
  })

  it('brings a new version of an entry in, keeping the fields an admin edited', () => {
    const next = { ...entry, name: '布吕格尔研究所', domains: ['bruegel.org', 'bruegel.eu'] }
    const edited = loaded({ domains: ['bruegel.org', 'example.org'] })
    const [step] = planRegistryLoad([next], [edited])
    expect(step).toMatchObject({ kind: 'update', id: 7, data: { name: '布吕格尔研究所' }, shipped: registryValues(next) })
    expect(step?.kind === 'update' && 'domains' in step.data).toBe(false)
  })

  it('adopts a think tank typed in by hand (same slug or domain) instead of creating a second one', () => {
    const typed: StoredThinkTank = { id: 3, slug: 'bruegel-institute', name: 'Bruegel', nameEn: 'Bruegel', domains: ['bruegel.org'], country: null }
    const [step] = planRegistryLoad([entry], [typed])
    expect(step).toMatchObject({ kind: 'update', id: 3, key: 'bruegel', data: { country: 'BE' } })
    expect(step?.kind === 'update' && 'name' in step.data).toBe(false)
  })
})

describe('checks that use the registry', () => {
  const tank = (id: number, slug: string): CheckedThinkTank => {
    const entry = THINK_TANK_REGISTRY.find((candidate) => candidate.slug === slug)!
    return { id, name: entry.name, nameEn: entry.nameEn, acronym: entry.acronym, domains: entry.domains, aliases: entry.nameVariants, registered: true }
  }
  const brookings = tank(1, 'brookings')
  const rand = tank(2, 'rand')
  const thinkTanks = [brookings, rand, tank(3, 'bruegel'), tank(4, 'carnegie-endowment')]

  it('reports a section citing another think tank’s domain, naming both', () => {
    const findings = runEditorialChecks({
      thinkTanks,
      articles: [{ id: 1, headline: 'H', thinkTank: brookings, sources: [{ id: 9, url: 'https://www.rand.org/pubs/x.html', thinkTank: null }] }],
    })
    const finding = findings.find((f) => f.code === 'source-domain-other-think-tank')
    expect(finding?.severity).toBe('error')
    expect(finding?.message).toContain('布鲁金斯学会')
    expect(finding?.message).toContain('兰德公司')
  })

  it('warns about a think tank outside the registry and suggests the closest ones', () => {
    const typo: CheckedThinkTank = { id: 50, name: '布鲁格尔研究院', nameEn: 'Bruegl', domains: ['bruegl.example'] }
    const findings = runEditorialChecks({
      thinkTanks: [...thinkTanks, typo],
      articles: [{ id: 1, headline: 'H', thinkTank: typo, sources: [{ id: 9, url: 'https://bruegl.example/a', thinkTank: typo }] }],
    })
    const finding = findings.find((f) => f.code === 'unknown-think-tank')
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toContain('布鲁盖尔研究所')
  })

  it('flags think-tank names in the wrong case, headings included', () => {
    const findings = runEditorialChecks({
      thinkTanks,
      styleTerms: registryStyleTerms(),
      articles: [{ id: 1, headline: 'H', bodyText: '据rand报告', thinkTank: rand, originalHeading: { name: '兰德公司', nameEn: 'rand corporation' }, sources: [{ id: 9, url: 'https://www.rand.org/x', thinkTank: rand }] }],
    })
    const fixes = findings.filter((f) => f.code === 'style-term-case').map((f) => f.fix?.term)
    expect(fixes).toContain('RAND Corporation')
    expect(fixes).toContain('RAND')
  })
})
