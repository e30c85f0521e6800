import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'

/**
 * The search index of the public site (src/search/search-entries.ts): one row per section of each
 * current release, written and removed only by the Releases hooks (services/search), read by anyone
 * (it holds nothing a release does not show).
 */
export const SearchEntries: CollectionConfig = {
  slug: SLUGS.searchEntries,
  labels: { singular: bilingual('搜索条目', 'Search entry'), plural: bilingual('搜索条目', 'Search entries') },
  admin: { hidden: true, useAsTitle: 'headline' },
  defaultSort: '-publishedAt',
  lockDocuments: false,
  access: { read: () => true, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['year', 'publishedAt'] }, { fields: ['thinkTankSlug', 'publishedAt'] }],
  fields: [
    { name: 'claim', type: 'text', required: true, index: true },
    { name: 'issueSlug', type: 'text', required: true, index: true },
    { name: 'articleSlug', type: 'text', required: true },
    { name: 'thinkTankSlug', type: 'text', index: true },
    { name: 'year', type: 'number', required: true, index: true },
    { name: 'publishedAt', type: 'date', required: true, index: true },
    { name: 'headline', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'searchText', type: 'textarea', required: true },
    { name: 'summary', type: 'json', required: true },
  ],
}
