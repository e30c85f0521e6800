import { unstable_cache } from 'next/cache'

import { PUBLISHED_CONTENT_TAG } from '../../../src/site/published-content-tag'
import type { Viewer } from './viewer'

const OPTIONS = { tags: [PUBLISHED_CONTENT_TAG], revalidate: 300 }

/**
 * Reader pages come from Next.js's data cache, tagged so that publishing expires them at once; the
 * five-minute lifetime is only a backstop for writes made outside a request (scheduled publishing).
 */
/** Arguments become part of the cache key (they are serialised), so pass only plain values. */
export const cachedRead = <Args extends unknown[], Result>(name: string, load: (...args: Args) => Promise<Result>) =>
  unstable_cache(load, [name], OPTIONS)

/** The same for reads that previews make differently: previews are one editor's view, never cached. */
export function cachedForReaders<Args extends unknown[], Result>(
  name: string,
  load: (viewer: Viewer, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  const cached = unstable_cache((...args: Args) => load({ preview: false, user: null }, ...args), [name], OPTIONS)
  return (viewer, ...args) => (viewer.preview ? load(viewer, ...args) : cached(...args))
}
