import type { CheckLanguage } from './types'

/** A finding's message in one language: `say('中文', 'English')`. */
export type Say = (zh: string, en: string) => string

export const sayIn =
  (language: CheckLanguage): Say =>
  (zh, en) =>
    language === 'en' ? en : zh

/** `zh` or `en` from a language tag such as `en-US` or Payload's `req.i18n.language`; Chinese by default. */
export const checkLanguageOf = (value: string | null | undefined): CheckLanguage => (value?.toLowerCase().startsWith('en') ? 'en' : 'zh')
