import { IMPORT_TEXT, PUBLICATION_ORIGIN_TEXT } from '../import/import-text'
import type { Bilingual } from './bilingual'

const inLanguage = <K extends string>(texts: Record<K, Bilingual>, language: 'zh' | 'en') =>
  Object.fromEntries(Object.entries<Bilingual>(texts).map(([key, text]) => [key, text[language]])) as Record<K, string>

/**
 * The project's own admin strings as Payload translations (`i18n.translations`), one namespace per
 * screen: components read them with `t('zhikuImport:title')`, in the admin's language.
 */
export const ADMIN_TRANSLATIONS = {
  zh: { zhikuImport: inLanguage(IMPORT_TEXT, 'zh'), zhikuOrigin: inLanguage(PUBLICATION_ORIGIN_TEXT, 'zh') },
  en: { zhikuImport: inLanguage(IMPORT_TEXT, 'en'), zhikuOrigin: inLanguage(PUBLICATION_ORIGIN_TEXT, 'en') },
}

export type AdminTranslations = (typeof ADMIN_TRANSLATIONS)['zh']
