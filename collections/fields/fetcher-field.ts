import type { Field } from 'payload'

import { isFetcherWrite } from '../../services/watch/actor'

/**
 * A field the feed fetcher keeps (health, validators, schedule): shown read-only in the admin and
 * written only by the fetcher (services/watch), never through the API.
 */
export const fetcherField = <T extends Field>(field: T): T => ({
  ...field,
  admin: { ...field.admin, readOnly: true, position: 'sidebar' },
  access: { create: ({ req }) => isFetcherWrite(req), update: ({ req }) => isFetcherWrite(req) },
})
