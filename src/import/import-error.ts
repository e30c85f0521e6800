import type { AdminLanguage } from '../i18n/admin-language'
import type { Bilingual } from '../i18n/bilingual'
import { pick } from '../i18n/pick'

/**
 * Why an import was refused, with the HTTP status an API answers it with. Nothing was written.
 * The reason is kept in both languages; each way out (API, CLI) shows the one its reader asked for
 * (`messageIn`); `message` is the English one (logs).
 */
export class ImportError extends Error {
  readonly messages: Bilingual

  constructor(
    readonly code: string,
    readonly status: 400 | 403 | 409 | 413 | 415 | 422,
    message: Bilingual | string,
    /** What a client may show or link to, e.g. the issue an already-imported text became. */
    readonly details?: Record<string, unknown>,
  ) {
    const messages = typeof message === 'string' ? { zh: message, en: message } : message
    super(messages.en)
    this.messages = messages
    this.name = 'ImportError'
  }

  messageIn(language: AdminLanguage): string {
    return pick(this.messages, language)
  }
}
