import type { Field } from 'payload'

/**
 * A field the feed fetcher keeps (health, validators, schedule): shown read-only in the admin and
 * never written through the API; only the fetcher, as the system, sets it.
 */
export const fetcherField = <T extends Field>(field: T): T => ({
  ...field,
  admin: { ...field.admin, readOnly: true, position: 'sidebar' },
  access: { create: () => false, update: () => false },
})
