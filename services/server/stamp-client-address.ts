import type { IncomingMessage } from 'node:http'

import { CLIENT_ADDRESS_HEADER, clientAddressFrom, UNKNOWN_CLIENT } from '../../src/security/client-address'

/** Headers a client can send to claim another address; behind the server only its own word counts. */
const CLAIMS = ['x-forwarded-for', 'x-real-ip', 'forwarded'] as const

/**
 * Decides the request's client address from its socket (and, with trusted proxies, their
 * X-Forwarded-For entries) and tells the app in CLIENT_ADDRESS_HEADER, overwriting any value the
 * client sent under that name. The client's own forwarding claims are replaced by that one address,
 * so nothing behind the server (Next.js included) reads a spoofed one.
 */
export function stampClientAddress(req: IncomingMessage, trustedProxies: number): string {
  const address = clientAddressFrom({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedProxies })
  for (const name of CLAIMS) delete req.headers[name]
  if (address !== UNKNOWN_CLIENT) req.headers['x-forwarded-for'] = address
  req.headers[CLIENT_ADDRESS_HEADER] = address
  return address
}
