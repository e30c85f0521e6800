'use client'
import type { NestedKeysStripped } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

import type { AdminTranslations } from '../../../src/i18n/admin-translations'

type Keys = NestedKeysStripped<AdminTranslations>

/** The import screen's words through Payload's translations, in the admin's language. */
export function useImportText() {
  const { t, i18n } = useTranslation<AdminTranslations, Keys>()
  return {
    language: i18n.language,
    t: (key: keyof AdminTranslations['zhikuImport'], values?: Record<string, string | number>) => t(`zhikuImport:${key}`, values),
    origin: (key: keyof AdminTranslations['zhikuOrigin']) => t(`zhikuOrigin:${key}`),
  }
}
