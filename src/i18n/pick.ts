import type { Bilingual } from './bilingual'

/** The label in the admin's current language: Chinese unless the language is English. */
export const pick = (label: Bilingual, language: string | undefined): string => (language === 'en' ? label.en : label.zh)
