import type { Payload } from 'payload'

import { signSubscriberToken } from '../../src/distribution/subscriber-token'
import { publicOrigin } from './settings'

const url = (path: string, token: string) => `${publicOrigin()}${path}?token=${encodeURIComponent(token)}`

/** The signed links a subscriber's mail carries. */
export function subscriberLinks(payload: Payload, subscriberId: string | number, now = new Date()) {
  const manage = signSubscriberToken(payload.secret, 'manage', subscriberId, now)
  return {
    unsubscribeUrl: url('/unsubscribe', manage),
    preferencesUrl: url('/subscribe/preferences', manage),
    confirmUrl: () => url('/subscribe/confirm', signSubscriberToken(payload.secret, 'confirm', subscriberId, now)),
  }
}
