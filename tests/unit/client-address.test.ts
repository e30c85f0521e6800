import { describe, expect, it } from 'vitest'

import { clientAddressFrom, clientAddressOf, normalAddress, trustedProxyHops } from '../../src/security/client-address'

describe('trustedProxyHops (ZHIKU_TRUSTED_PROXIES)', () => {
  it('is 0 unless set, and a small whole number when set', () => {
    expect([undefined, '', ' '].map(trustedProxyHops)).toEqual([0, 0, 0])
    expect([' 0', '1', '2 '].map(trustedProxyHops)).toEqual([0, 1, 2])
  })
  it('refuses anything else with a message naming the setting', () => {
    for (const bad of ['-1', '1.5', 'yes', 'true', '11', '0x1']) expect(() => trustedProxyHops(bad)).toThrow(/ZHIKU_TRUSTED_PROXIES must be/)
  })
})

describe('clientAddressFrom', () => {
  const socket = '203.0.113.50'
  it('with no trusted proxy uses the connection and ignores X-Forwarded-For, which the client writes', () => {
    expect(clientAddressFrom({ socketAddress: socket, forwardedFor: '198.51.100.1', trustedProxies: 0 })).toBe(socket)
    expect(clientAddressFrom({ socketAddress: socket, forwardedFor: ['1.1.1.1', '2.2.2.2'], trustedProxies: 0 })).toBe(socket)
    expect(clientAddressFrom({ socketAddress: socket, forwardedFor: null, trustedProxies: 0 })).toBe(socket)
  })
  it('with one trusted proxy takes the entry that proxy appended (the last), not one the client wrote before it', () => {
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 198.51.100.7', trustedProxies: 1 })).toBe('198.51.100.7')
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: ['6.6.6.6', '198.51.100.7'], trustedProxies: 1 })).toBe('198.51.100.7')
  })
  it('with two trusted proxies takes the second entry from the right', () => {
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 198.51.100.7, 10.0.0.9', trustedProxies: 2 })).toBe('198.51.100.7')
  })
  it('falls back inwards when the request did not pass the proxies as configured or an entry is not an address', () => {
    expect(clientAddressFrom({ socketAddress: socket, forwardedFor: null, trustedProxies: 1 })).toBe(socket)
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: '198.51.100.7', trustedProxies: 3 })).toBe('198.51.100.7')
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: 'not-an-address', trustedProxies: 1 })).toBe('10.0.0.2')
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: '<script>, 10.0.0.9', trustedProxies: 2 })).toBe('10.0.0.9')
  })
  it('spells one machine one way', () => {
    expect(clientAddressFrom({ socketAddress: '::ffff:127.0.0.1', forwardedFor: null, trustedProxies: 0 })).toBe('127.0.0.1')
    expect(clientAddressFrom({ socketAddress: '10.0.0.2', forwardedFor: '[2001:DB8::1]', trustedProxies: 1 })).toBe('2001:db8::1')
    expect(clientAddressFrom({ socketAddress: undefined, forwardedFor: '1.2.3.4', trustedProxies: 0 })).toBe('unknown')
  })
})

describe('clientAddressOf', () => {
  it('reads the address the server stamped, and nothing that is not an address', () => {
    expect(clientAddressOf('198.51.100.7')).toBe('198.51.100.7')
    expect(clientAddressOf('::1')).toBe('::1')
    expect([null, undefined, '', 'unknown', 'x'.repeat(60), '1.2.3.4, 5.6.7.8'].map(clientAddressOf)).toEqual(Array(6).fill('unknown'))
    expect(normalAddress(' fe80::1%eth0 ')).toBe('fe80::1')
  })
})
