import type { FieldHook } from 'payload'

import type { Feed } from '../../../payload-types'
import { checkLanguageOf, sayIn } from '../../../src/checks/say'
import { READER_LANGUAGE_CONTEXT, renderStoredFailure } from '../../../src/watch/watch-failure'

/**
 * `lastError` is stored as a failure code with its details (src/watch/watch-failure.ts) and read in
 * the reader's language on every way in: REST and GraphQL by the request's admin language cookie or
 * Accept-Language, the admin by its language; plain text stored before stays as it is.
 */
export const renderLastError: FieldHook<Feed, string | null | undefined> = ({ value, req }) => {
  const asked = req.context?.[READER_LANGUAGE_CONTEXT]
  return renderStoredFailure(value, sayIn(checkLanguageOf(typeof asked === 'string' ? asked : req.i18n?.language)))
}
