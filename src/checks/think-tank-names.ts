import { urlDomain } from '../validation/url'
import type { CheckedThinkTank } from './types'

const normalise = (name: string) => name.toLowerCase().replace(/[\s\u3000]+/g, ' ').replace(/^the /, '').trim()

/** The think tank a name means: its Chinese name, English name or acronym, in any letter case. */
export function thinkTankNamed<T extends CheckedThinkTank>(thinkTanks: readonly T[], name: string | null | undefined): T | undefined {
  if (!name) return undefined
  const wanted = normalise(name)
  return thinkTanks.find((tank) => [tank.name, tank.nameEn, tank.acronym].some((candidate) => candidate && normalise(candidate) === wanted))
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
