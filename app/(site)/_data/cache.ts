import { unstable_cache } from 'next/cache'

import { FRESH_SECONDS } from '../../../src/site/reader-cache-policy'
import { readerTag } from '../../../src/site/reader-cache-tags'
import type { Viewer } from './viewer'

/**
 * Reader data comes from Next.js's data cache, tagged per page family (src/site/reader-cache-tags)
 * so that a release expires only what it changes, and `readerTag.all` (everything at once). Other
 * instances' writes expire tags here through the instance-event channel (services/instance-events);
 * the short lifetime bounds how long one goes unseen while that channel is down (README, "Several instances").
 */
const LIFETIME_SECONDS = FRESH_SECONDS

/** The tags of a read, from its first argument (the slug or topic it is about). */
type Tags<Args extends unknown[]> = (first: NoInfer<Args>[0]) => string[]

/** Arguments become part of the cache key (they are serialised), so pass only plain values. */
export const cachedRead =
  <Args extends unknown[], Result>(name: string, tags: Tags<Args>, load: (...args: Args) => Promise<Result>) =>
  (...args: Args): Promise<Result> =>
    unstable_cache(load, [name], { tags: [...tags(args[0]), readerTag.all], revalidate: LIFETIME_SECONDS })(...args)

/** The same for reads that previews make differently: previews are one editor's view, never cached. */
export function cachedForReaders<Args extends unknown[], Result>(
  name: string,
  tags: Tags<Args>,
  load: (viewer: Viewer, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  const cached = cachedRead(name, tags, (...args: Args) => load({ preview: false, user: null }, ...args))
  return (viewer, ...args) => (viewer.preview ? load(viewer, ...args) : cached(...args))
}
