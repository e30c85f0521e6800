import type { CollectionConfig } from 'payload'

import { isWorkflowWrite } from '../../services/payload/workflow-context'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { refuseReleaseDeletes, refuseReleaseUpdates } from './hooks/keep-releases-immutable'
import { maintainSearchIndex } from './hooks/maintain-search-index'
import { queueNewsletter } from './hooks/queue-newsletter'
import { revalidateReaders } from './hooks/revalidate-readers'

const derived = { readOnly: true } as const

/**
 * Immutable snapshots of published revisions (src/release). Everyone may read them — they are what
 * was published — and only the workflow service writes them. `content` and `hash` are the signed
 * record; the other fields are indexes derived from `content` for the site's queries.
 */
export const Releases: CollectionConfig = {
  slug: SLUGS.releases,
  labels: { singular: bilingual('发布版本', 'Release'), plural: bilingual('发布版本', 'Releases') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'revision', 'publishedAt', 'latest', 'hash'],
    group: bilingual('系统', 'System'),
  },
  defaultSort: '-publishedAt',
  // Reader lists filter on `latest` and sort by `publishedAt`; an issue page finds its current release by slug.
  indexes: [{ fields: ['latest', 'publishedAt'] }, { fields: ['slug', 'latest'] }],
  access: {
    read: () => true,
    create: ({ req }) => isWorkflowWrite(req),
    update: ({ req }) => isWorkflowWrite(req),
    delete: () => false,
  },
  hooks: { beforeChange: [refuseReleaseUpdates], afterChange: [maintainSearchIndex, revalidateReaders, queueNewsletter], beforeDelete: [refuseReleaseDeletes] },
  fields: [
    { name: 'issue', type: 'relationship', relationTo: SLUGS.issues, required: true, index: true, label: bilingual('期刊', 'Issue'), admin: derived },
    { name: 'revision', type: 'number', required: true, label: bilingual('修订版', 'Revision'), admin: derived },
    // `issue:revision`, unique: one release per revision, however often publishing is retried.
    { name: 'claim', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'title', type: 'text', required: true, label: bilingual('标题', 'Title'), admin: derived },
    { name: 'slug', type: 'text', required: true, index: true, admin: derived },
    { name: 'number', type: 'number', required: true, index: true, admin: derived },
    { name: 'publishedAt', type: 'date', required: true, index: true, label: bilingual('发布时间', 'Published'), admin: derived },
    { name: 'year', type: 'number', required: true, index: true, admin: derived },
    {
      name: 'latest',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: bilingual('当前版本', 'Current'),
      admin: { ...derived, description: bilingual('读者看到的版本；更正发布后旧版本仍可访问', 'What readers see; older releases stay readable') },
    },
    { name: 'isCorrection', type: 'checkbox', defaultValue: false, index: true, label: bilingual('更正', 'Correction'), admin: derived },
    { name: 'hash', type: 'text', required: true, index: true, label: bilingual('SHA-256', 'SHA-256'), admin: derived },
    { name: 'content', type: 'json', required: true, label: bilingual('内容', 'Content'), admin: derived },
    { name: 'signoffs', type: 'json', required: true, label: bilingual('签发记录', 'Sign-offs'), admin: derived },
    { name: 'articleSlugs', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
    { name: 'thinkTankSlugs', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
    { name: 'topics', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
    // Canonical URLs of the cited sources: the check for sources an earlier issue cited queries them.
    { name: 'sourceUrls', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
    // Set with `sourceUrls` on every release written since; releases written before are back-filled once at start-up
    // (services/releases/backfill-source-urls.ts), the one write the immutability hook allows besides `latest`.
    { name: 'sourceUrlsIndexed', type: 'checkbox', index: true, admin: { hidden: true } },
    { name: 'searchText', type: 'textarea', admin: { hidden: true } },
    { name: 'coverFilename', type: 'text', index: true, admin: { hidden: true } },
  ],
}
