import { keptPerObject } from '../content/kept-per-object'
import { urlDomain } from '../validation/url'
import type { CheckedThinkTank } from './types'

export const normaliseName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^the /, '')
    .replace(/[“”"'’()（）]/g, '')
    .trim()

/** Every name a think tank goes by: Chinese and English names, acronym and variants. */
export const namesOf = (tank: CheckedThinkTank): string[] =>
  [tank.name, tank.nameEn, tank.acronym, ...(tank.aliases ?? [])].filter((name): name is string => !!name)

const indexOf = keptPerObject((thinkTanks: readonly CheckedThinkTank[]) => {
  const index = new Map<string, CheckedThinkTank>()
  for (const tank of thinkTanks) {
    for (const candidate of namesOf(tank)) {
      const name = normaliseName(candidate)
      if (!index.has(name)) index.set(name, tank)
    }
  }
  return index
})

/** The think tank a name means: its Chinese name, English name, acronym or a variant, in any letter case. */
export function thinkTankNamed<T extends CheckedThinkTank>(thinkTanks: readonly T[], name: string | null | undefined): T | undefined {
  if (!name) return undefined
  return indexOf(thinkTanks).get(normaliseName(name)) as T | undefined
}

/** Whether a host is one of the domains or a subdomain of one (`www.csis.org` → `csis.org`). */
export const domainBelongs = (host: string, domains: readonly string[]): boolean =>
  domains.some((domain) => host === domain || host.endsWith(`.${domain}`))

/** The think tank whose web domains the URL is on. */
export function thinkTankForUrl<T extends CheckedThinkTank>(thinkTanks: readonly T[], url: string): T | undefined {
  const host = urlDomain(url)
  if (!host) return undefined
  return thinkTanks.find((tank) => domainBelongs(host, tank.domains ?? []))
}
