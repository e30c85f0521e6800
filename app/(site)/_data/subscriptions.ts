import {
  confirmSubscription,
  readSubscription,
  requestSubscription,
  unsubscribe,
  updatePreferences,
  type SubscribeRequest,
} from '../../../services/distribution/subscriptions'
import { SLUGS } from '../../../src/collection-slugs'
import { getPayloadClient } from './payload'

/*
 * The subscription pages' one way to the data: a reader has no account, so each call is bound to the
 * signed token or the address the reader gave (services/distribution/subscriptions.ts).
 */
export const subscribe = async (request: SubscribeRequest) => requestSubscription(await getPayloadClient(), request)
export const confirm = async (token: string | null) => confirmSubscription(await getPayloadClient(), token)
export const unsubscribeByToken = async (token: string | null) => unsubscribe(await getPayloadClient(), token)
export const subscriptionByToken = async (token: string | null) => readSubscription(await getPayloadClient(), token)
export const savePreferences = async (token: string | null, change: { newsletters: string[]; language: unknown }) =>
  updatePreferences(await getPayloadClient(), token, change)

/** The newsletters a reader can choose (their titles are public in every release). */
export async function newsletterChoices(): Promise<{ id: string | number; slug: string; title: string }[]> {
  const payload = await getPayloadClient()
  const found = await payload.find({ collection: SLUGS.newsletters, select: { slug: true, title: true }, pagination: false, depth: 0, overrideAccess: true })
  return found.docs.map((doc) => ({ id: doc.id, slug: doc.slug ?? '', title: doc.title }))
}
