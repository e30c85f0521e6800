import { describe, expect, it } from 'vitest'

import { EMPTY_ALLOW_LIST, judgeAddress, parseAllowList } from '../../src/watch/address-policy'

describe('the watch desk fetches only from public IPv6 addresses', () => {
  it.each(['::127.0.0.1', '::ffff:127.0.0.1', '64:ff9b:1::a00:1', 'fec0::1', 'fd00::1', 'fe80::1', '::1', '::'])('refuses %s', (address) => {
    expect(judgeAddress(address, 'example.org', EMPTY_ALLOW_LIST).allowed).toBe(false)
  })
  it('allows a global unicast address', () => {
    expect(judgeAddress('2606:4700:4700::1111', 'example.org', EMPTY_ALLOW_LIST).allowed).toBe(true)
    expect(judgeAddress('93.184.216.34', 'example.org', EMPTY_ALLOW_LIST).allowed).toBe(true)
  })
  it('allows a non-public range only when ZHIKU_WATCH_ALLOW_HOSTS names it', () => {
    const { list } = parseAllowList('fec0::/10')
    expect(judgeAddress('fec0::1', 'intranet.example', list).allowed).toBe(true)
  })
})
