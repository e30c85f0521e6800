import type { AdminLanguage } from './admin-language'

/** A message in one language: `say('中文', 'English')`. */
export type Say = (zh: string, en: string) => string

export const sayIn =
  (language: AdminLanguage): Say =>
  (zh, en) =>
    language === 'en' ? en : zh

/** `zh` or `en` from a language tag such as `en-US` or Payload's `req.i18n.language`; Chinese by default. */
export const languageOf = (value: string | null | undefined): AdminLanguage => (value?.toLowerCase().startsWith('en') ? 'en' : 'zh')
