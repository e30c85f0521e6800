import { unstable_cache } from 'next/cache'

import { PUBLISHED_CONTENT_TAG } from '../../../src/site/cache-tags'
import type { Viewer } from './viewer'

/**
 * Reader pages come from Next.js's data cache, tagged so that publishing expires them at once; the
 * five-minute lifetime is only a backstop for writes made outside a request (scheduled publishing).
 * Previews are never cached: they are one editor's view of unpublished work.
 */
export function cachedForReaders<Args extends (string | number)[], Result>(
  name: string,
  load: (viewer: Viewer, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  const cached = unstable_cache((...args: Args) => load({ preview: false, user: null }, ...args), [name], {
    tags: [PUBLISHED_CONTENT_TAG],
    revalidate: 300,
  })
  return (viewer, ...args) => (viewer.preview ? load(viewer, ...args) : cached(...args))
}
