import type { SanitizedConfig } from 'payload'

import { isAdminAccess } from '../access/is-admin'
import { guardQueryInput } from './guard-query-input'
import { lockHeldBySelf, ownLocksOrAdmin } from './locked-document-access'

const LOCKED_DOCUMENTS = 'payload-locked-documents'
/** Payload's bookkeeping of scheduled jobs (when each last ran): by default any signed-in user could rewrite it. */
const JOB_STATS = 'payload-jobs-stats'

/**
 * Applied to the finished config, because Payload adds its own collections (document locks,
 * preferences, jobs, migrations) only while it builds the config: every collection checks ids and
 * queries first, document locks are held only in one's own name, and only admins see or change the
 * scheduler's bookkeeping. A collection without REST routes answers 404, not 501.
 */
export function hardenConfig(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [guardQueryInput, ...(collection.hooks.beforeOperation ?? [])]
    // No REST routes (Payload's migrations): an empty list answers 404 where `false` answers 501.
    if (collection.endpoints === false) collection.endpoints = []
    if (collection.slug === LOCKED_DOCUMENTS) {
      collection.access = { ...collection.access, create: ownLocksOrAdmin, update: ownLocksOrAdmin, delete: ownLocksOrAdmin }
      collection.hooks.beforeChange = [lockHeldBySelf, ...(collection.hooks.beforeChange ?? [])]
    }
  }
  for (const global of config.globals) {
    if (global.endpoints === false) global.endpoints = []
    if (global.slug === JOB_STATS) global.access = { ...global.access, read: isAdminAccess, update: isAdminAccess, readVersions: isAdminAccess }
  }
  return config
}
