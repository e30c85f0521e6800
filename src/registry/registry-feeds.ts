/**
 * Feed addresses the registry ships, each only where a public source documents it: `documentedBy` is
 * that source's address (for a feed that names itself, the feed's own document with its `rel="self"`
 * link on the think tank's domain). Never an address guessed from a site's software. They are offered
 * once, switched off, for an editor to switch on (services/registry/load-registry-feeds.ts).
 */
export type RegistryFeed = {
  /** The registry slug of the think tank (src/registry/think-tank-registry.ts). */
  thinkTank: string
  url: string
  documentedBy: string
}

export const REGISTRY_FEEDS: readonly RegistryFeed[] = [
  // RAND's Atom feed of its articles names this address as its own (rel="self"), published on rand.org.
  { thinkTank: 'rand', url: 'https://www.rand.org/pubs/articles.xml', documentedBy: 'https://www.rand.org/pubs/articles.xml' },
]

export type RegistryFeedOffer<Id> = RegistryFeed & { thinkTankId: Id }

/**
 * Which shipped feeds to create now: those not offered before (an editor who deleted one keeps it
 * deleted), not already followed under the same address, and whose think tank is in the database.
 */
export function planRegistryFeeds<Id>(
  shipped: readonly RegistryFeed[],
  { offered, followed, thinkTankIds }: { offered: ReadonlySet<string>; followed: ReadonlySet<string>; thinkTankIds: ReadonlyMap<string, Id> },
): RegistryFeedOffer<Id>[] {
  return shipped.flatMap((feed) => {
    const thinkTankId = thinkTankIds.get(feed.thinkTank)
    if (offered.has(feed.url) || followed.has(feed.url) || thinkTankId === undefined) return []
    return [{ ...feed, thinkTankId }]
  })
}
