import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'

/*
 * The write-ahead journal of workflow actions (workflow/intents.ts). Each is one row with scalar
 * columns only, so writing it is a single atomic statement even without transactions: once it is
 * stored the action has happened, and start-up completes whatever a crash interrupted. Rows stay
 * (with `done` set and the plan dropped) so their unique claim keeps refusing a stale second action.
 * Nobody reads or writes these through the API; only the workflow service, as the system.
 */
export const WorkflowIntents: CollectionConfig = {
  slug: SLUGS.workflowIntents,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'claim', type: 'text', required: true, unique: true },
    { name: 'issueId', type: 'text', required: true },
    { name: 'done', type: 'checkbox', defaultValue: false, index: true },
    { name: 'plan', type: 'json' },
  ],
}
