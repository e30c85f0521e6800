import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { DELIVERY_KINDS, DELIVERY_STATUSES } from '../../src/distribution/delivery-status'
import { bilingual } from '../../src/i18n/bilingual'
import { adminFieldAccess } from '../access/admin-field'
import { isStaffAccess } from '../access/is-staff'

/**
 * The send ledger: one row per (mail, subscriber), claimed before the mail is sent, marked `sending`
 * just before the hand-over to SMTP and `sent` after, so a send that stops half way resumes without
 * sending anyone the same issue twice (src/distribution/delivery-status.ts). Written only by the
 * sending job and the editor's "resend uncertain" action.
 */
export const Deliveries: CollectionConfig = {
  slug: SLUGS.deliveries,
  labels: { singular: bilingual('投递记录', 'Delivery'), plural: bilingual('投递记录', 'Deliveries') },
  admin: { useAsTitle: 'claim', defaultColumns: ['claim', 'kind', 'status', 'attempts', 'sentAt'], group: bilingual('发行', 'Distribution') },
  lockDocuments: false,
  access: { read: isStaffAccess, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'release', type: 'relationship', relationTo: SLUGS.releases, required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: SLUGS.subscribers, required: true, index: true },
    { name: 'claim', type: 'text', required: true, unique: true },
    { name: 'kind', type: 'select', required: true, defaultValue: 'issue', options: DELIVERY_KINDS.map((value) => ({ value, label: value })) },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, options: DELIVERY_STATUSES.map((value) => ({ value, label: value })) },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', index: true },
    // An SMTP reply often quotes the recipient's address: subscribers' addresses are for admins only.
    { name: 'lastError', type: 'text', access: { read: adminFieldAccess } },
    { name: 'sentAt', type: 'date' },
    // When the message was handed to SMTP; a `sending` row this old belongs to a run that died (uncertain).
    { name: 'sendingAt', type: 'date' },
  ],
}
