/** The reader cache as the site's route handlers reach it (purges by page-family tag). */
export { expireReaderTags } from '../../../services/reader-cache/expire-reader-tags'
export { readerCachePurge } from '../../../services/reader-cache/purge-registry'
