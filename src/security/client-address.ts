/**
 * Which address a request comes from, for the per-address throttles (sign-in, forgot-password,
 * subscribe). Only the server sees the socket, so it decides the address once per request
 * (`clientAddressFrom`) and hands it to the app in CLIENT_ADDRESS_HEADER, overwriting whatever a
 * client sent under that name; the app reads only that header (`clientAddressOf`).
 */
export const CLIENT_ADDRESS_HEADER = 'x-zhiku-client-address'

/** An in-process call (a script, a test, `next dev` without scripts/server.ts): no address to throttle by. */
export const UNKNOWN_CLIENT = 'unknown'

export const TRUSTED_PROXIES_SETTING = 'ZHIKU_TRUSTED_PROXIES'

const MAX_HOPS = 10

/**
 * `ZHIKU_TRUSTED_PROXIES`: how many proxies in front of the server append to X-Forwarded-For (a
 * load balancer, a CDN). Unset or empty means 0: X-Forwarded-For is the client's own word and is ignored.
 */
export function trustedProxyHops(setting: string | undefined): number {
  const text = (setting ?? '').trim()
  if (text === '') return 0
  if (!/^\d+$/.test(text) || Number(text) > MAX_HOPS) {
    throw new Error(
      `${TRUSTED_PROXIES_SETTING} must be the number of proxies in front of the server (0 to ${MAX_HOPS}), not "${setting}". ` +
        'Use 0 (the default) when clients reach the server directly.',
    )
  }
  return Number(text)
}

/** An IPv4 or IPv6 address as written in a header (no port); anything else is not an address. */
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/i

/** Drops what a proxy may add around an address (IPv4-mapped IPv6, brackets, a zone) so one machine has one spelling. */
export function normalAddress(value: string | undefined | null): string | null {
  let text = (value ?? '').trim().toLowerCase()
  if (text.startsWith('[') && text.includes(']')) text = text.slice(1, text.indexOf(']'))
  text = text.replace(/%.*$/, '')
  if (text.startsWith('::ffff:') && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(text.slice(7))) text = text.slice(7)
  return text.length <= 45 && ADDRESS.test(text) ? text : null
}

export type ClientAddressInput = {
  /** The peer of the TCP connection (`req.socket.remoteAddress`). */
  socketAddress: string | undefined | null
  /** The X-Forwarded-For header(s) as received; several headers count as one comma-separated list. */
  forwardedFor: string | string[] | undefined | null
  trustedProxies: number
}

/**
 * The client's address: with no trusted proxy, the socket's peer (X-Forwarded-For is ignored, since
 * the client writes it); with n trusted proxies, the entry the outermost of them appended, the n-th
 * from the right (each proxy appends the address it received the request from). When the list is
 * shorter than n, or that entry is not an address, the request did not come through the proxies as
 * configured: the outermost hop that is an address and was written by a trusted proxy (at worst the
 * socket's peer) is used, never an entry beyond the trusted ones.
 */
export function clientAddressFrom({ socketAddress, forwardedFor, trustedProxies }: ClientAddressInput): string {
  const socket = normalAddress(socketAddress) ?? UNKNOWN_CLIENT
  if (trustedProxies <= 0) return socket
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean)
  // Hops from the server outwards: the socket's peer, then what each trusted proxy appended.
  const hops = [socket, ...list.reverse().map(normalAddress)]
  for (let index = Math.min(trustedProxies, hops.length - 1); index > 0; index -= 1) {
    const hop = hops[index]
    if (hop) return hop
  }
  return socket
}

/** The address the server decided for this request (see CLIENT_ADDRESS_HEADER). */
export function clientAddressOf(headerValue: string | null | undefined): string {
  return normalAddress(headerValue) ?? UNKNOWN_CLIENT
}
