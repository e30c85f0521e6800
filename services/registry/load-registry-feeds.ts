import type { Payload } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { planRegistryFeeds, REGISTRY_FEEDS, type RegistryFeed } from '../../src/registry/registry-feeds'
import { DEFAULT_FEED_INTERVAL_MINUTES } from '../../src/watch/vocabulary'

/** The addresses of the registry's feeds offered to this database so far (Payload's key-value store). */
export const OFFERED_REGISTRY_FEEDS_KEY = 'zhiku-registry-feeds-offered'

/**
 * Offers the registry's documented feed addresses as feeds of their think tanks, switched off: an
 * editor switches on what the desk should watch. Each address is offered once; one already followed is
 * left as it is. Runs as the system at start-up, after the think tanks (services/startup.ts).
 */
export async function loadRegistryFeeds(payload: Payload, shipped: readonly RegistryFeed[] = REGISTRY_FEEDS): Promise<{ created: number }> {
  if (shipped.length === 0) return { created: 0 }
  const offered = new Set((await payload.kv.get<string[]>(OFFERED_REGISTRY_FEEDS_KEY)) ?? [])
  const fresh = shipped.filter((feed) => !offered.has(feed.url))
  if (fresh.length === 0) return { created: 0 }
  const [followed, thinkTanks] = await Promise.all([
    payload.find({ collection: SLUGS.feeds, where: { url: { in: fresh.map((feed) => feed.url) } }, select: { url: true }, depth: 0, pagination: false }),
    payload.find({ collection: SLUGS.thinkTanks, where: { registryKey: { in: fresh.map((feed) => feed.thinkTank) } }, select: { registryKey: true }, depth: 0, pagination: false }),
  ])
  const offers = planRegistryFeeds(fresh, {
    offered,
    followed: new Set(followed.docs.map((feed) => feed.url)),
    thinkTankIds: new Map(thinkTanks.docs.flatMap((tank) => (tank.registryKey ? [[tank.registryKey, tank.id] as const] : []))),
  })
  for (const offer of offers) {
    await payload.create({
      collection: SLUGS.feeds,
      data: { url: offer.url, thinkTank: offer.thinkTankId, active: false, intervalMinutes: DEFAULT_FEED_INTERVAL_MINUTES, documentedBy: offer.documentedBy },
      context: { disableRevalidate: true },
    })
  }
  // A think tank not in the database yet gets its feeds offered once it is.
  const placed = fresh.filter((feed) => offers.some((offer) => offer.url === feed.url) || followed.docs.some((doc) => doc.url === feed.url))
  await payload.kv.set(OFFERED_REGISTRY_FEEDS_KEY, [...offered, ...placed.map((feed) => feed.url)])
  return { created: offers.length }
}
