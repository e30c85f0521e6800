import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'

/**
 * Subscription requests, kept as salted hashes of the address and the client, for rate limits that
 * hold across server instances. Nobody reads them through the API.
 */
export const SubscribeAttempts: CollectionConfig = {
  slug: SLUGS.subscribeAttempts,
  labels: { singular: bilingual('订阅请求', 'Subscribe attempt'), plural: bilingual('订阅请求', 'Subscribe attempts') },
  admin: { hidden: true },
  lockDocuments: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'emailHash', type: 'text', required: true, index: true },
    { name: 'clientHash', type: 'text', required: true, index: true },
  ],
}
