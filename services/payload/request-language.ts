import type { PayloadRequest } from 'payload'

import type { AdminLanguage } from '../../src/i18n/admin-language'
import { languageOf, sayIn, type Say } from '../../src/i18n/say'

/**
 * The language to answer a request in: the admin's language cookie, else `Accept-Language`, else
 * Chinese — as Payload resolved it into `req.i18n` for the request.
 */
export const requestLanguage = (req: { i18n?: PayloadRequest['i18n'] } | null | undefined): AdminLanguage => languageOf(req?.i18n?.language)

/** `say('中文', 'English')` in the request's language. */
export const sayFor = (req: { i18n?: PayloadRequest['i18n'] } | null | undefined): Say => sayIn(requestLanguage(req))
