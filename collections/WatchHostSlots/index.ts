import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'

/**
 * The watch desk's requests in flight, one row per host and slot (`example.org#0`, `example.org#1`):
 * the unique key lets at most two requests at once reach a host from every app instance and command on
 * the database together (services/watch/database-host-slots.ts). Nobody reads them through the API.
 */
export const WatchHostSlots: CollectionConfig = {
  slug: SLUGS.watchHostSlots,
  labels: { singular: bilingual('抓取占位', 'Fetch slot'), plural: bilingual('抓取占位', 'Fetch slots') },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'host', type: 'text', required: true, index: true },
    // A holder that died frees its slot when this passes (the per-feed deadline and some).
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
