import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { parseEmail } from '../../../src/distribution/email-address'

/** One person is one record: addresses are stored trimmed and lower-case, and must be deliverable. */
export const normaliseSubscriberEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || data.email === undefined) return data
  const email = parseEmail(data.email)
  if (!email) throw new APIError(`“${String(data.email)}” is not a valid email address.`, 400)
  return { ...data, email }
}
