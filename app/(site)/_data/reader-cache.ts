import { announceReaderTags } from '../../../services/instance-events/announce-reader-tags'
import { getPayloadClient } from './payload'

/** The reader cache as the site's route handlers reach it (purges by page-family tag). */
export { expireReaderTags } from '../../../services/reader-cache/expire-reader-tags'
export { readerCachePurge } from '../../../services/reader-cache/purge-registry'

/** Tells the other instances on this database to expire these tags too. */
export const announceToInstances = async (tags: readonly string[]): Promise<void> => announceReaderTags(await getPayloadClient(), tags)
