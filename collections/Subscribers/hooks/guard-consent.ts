import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Subscriber } from '../../../payload-types'
import { requestLanguage } from '../../../services/payload/request-language'
import { consentChangeRefusal, CONSENT_SOURCE_KEY, isConsentSource } from '../../../src/distribution/consent'

/**
 * Nobody confirms a subscriber or writes a consent record by hand — admins included, through the
 * admin, REST, GraphQL or the Local API with a user: a subscriber becomes confirmed through their own
 * confirmation link, or through an admin's CSV import that states where the consent was given. Those
 * two paths name themselves in `req.context`; system work without a user (the sender suppressing a
 * bounced address) is not a person confirming anyone.
 */
export const guardConsent: CollectionBeforeChangeHook<Subscriber> = ({ data, originalDoc, operation, req }) => {
  if (!req.user || isConsentSource(req.context[CONSENT_SOURCE_KEY])) return data
  const refusal = consentChangeRefusal({ operation, before: originalDoc ?? null, after: data, language: requestLanguage(req) })
  if (refusal) throw new APIError(refusal, 403)
  return data
}
