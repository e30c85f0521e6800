import type { SanitizedConfig } from 'payload'

import { guardQueryInput } from './guard-query-input'
import { lockHeldBySelf, ownLocksOrAdmin } from './locked-document-access'

const LOCKED_DOCUMENTS = 'payload-locked-documents'

/**
 * Applied to the finished config, because Payload adds its own collections (document locks,
 * preferences, jobs, migrations) only while it builds the config: every collection checks ids and
 * queries first, and document locks are held only in one's own name.
 */
export function hardenConfig(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [guardQueryInput, ...(collection.hooks.beforeOperation ?? [])]
    if (collection.slug === LOCKED_DOCUMENTS) {
      collection.access = { ...collection.access, create: ownLocksOrAdmin, update: ownLocksOrAdmin, delete: ownLocksOrAdmin }
      collection.hooks.beforeChange = [lockHeldBySelf, ...(collection.hooks.beforeChange ?? [])]
    }
  }
  return config
}
