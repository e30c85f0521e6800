import ipaddr from 'ipaddr.js'

import { failure, type WatchFailure } from './watch-failure'

/*
 * Which addresses the watch desk may connect to. Only public unicast addresses, unless
 * ZHIKU_WATCH_ALLOW_HOSTS (comma-separated host names, IP addresses or CIDR ranges) allows more.
 * Judged on the address actually connected to (services/watch/fetcher.ts checks each resolved address).
 */

export type AllowList = { hosts: ReadonlySet<string>; ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]> }

export const EMPTY_ALLOW_LIST: AllowList = { hosts: new Set(), ranges: [] }

const normaliseHost = (host: string): string => host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '')

/** Parses the setting; entries that are neither an address, a range nor a host name are reported. */
export function parseAllowList(setting: string | undefined): { list: AllowList; invalid: string[] } {
  const hosts = new Set<string>()
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = []
  const invalid: string[] = []
  for (const raw of (setting ?? '').split(',')) {
    const entry = normaliseHost(raw)
    if (entry === '') continue
    if (entry.includes('/')) {
      try {
        const [address, bits] = ipaddr.parseCIDR(entry)
        ranges.push([address.kind() === 'ipv6' ? processed(address) : address, bits])
      } catch (error) {
        invalid.push(`${entry} (${error instanceof Error ? error.message : String(error)})`)
      }
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry)
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128])
    } else if (/^[a-z0-9.-]+$/.test(entry)) {
      hosts.add(entry)
    } else {
      invalid.push(entry)
    }
  }
  return { list: { hosts, ranges }, invalid }
}

const processed = (address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 =>
  address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address

const GLOBAL_IPV6_UNICAST = ipaddr.parseCIDR('2000::/3')

/** True when the host name itself is on the allow list (then any address it resolves to is allowed). */
export const isHostAllowed = (host: string, list: AllowList): boolean => list.hosts.has(normaliseHost(host))

export type AddressVerdict = { allowed: true } | { allowed: false; failure: WatchFailure }

/** May the fetcher connect to `address` (an IP address), reached through `host`? */
export function judgeAddress(address: string, host: string, list: AllowList): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, failure: failure('not-ip', { address }) }
  const parsed = ipaddr.process(address)
  if (isHostAllowed(host, list)) return { allowed: true }
  for (const [range, bits] of list.ranges) {
    if (range.kind() === parsed.kind() && parsed.match(range, bits)) return { allowed: true }
  }
  // ipaddr.js calls some non-public IPv6 ranges 'unicast' (IPv4-compatible ::a.b.c.d, local NAT64
  // 64:ff9b:1::/48, site-local fec0::/10): public IPv6 unicast is 2000::/3 only.
  const kind = parsed.kind() === 'ipv6' && !parsed.match(GLOBAL_IPV6_UNICAST) ? 'reserved' : parsed.range()
  if (kind === 'unicast') return { allowed: true }
  return { allowed: false, failure: failure('address-refused', { host, address: parsed.toString(), kind }) }
}
