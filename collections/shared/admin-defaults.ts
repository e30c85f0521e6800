import type { SanitizedConfig } from 'payload'

import { ADMIN_TEXT } from '../../src/i18n/admin-text'
import { pick } from '../../src/i18n/pick'

/**
 * Applied to the finished config (Payload adds its own collections while it builds it): the document
 * tab Payload labels "API" on every screen reads in the admin's language on every collection and global.
 */
export function applyAdminDefaults(config: SanitizedConfig): SanitizedConfig {
  const apiTab = { label: ({ t }: { t: (key: string) => string }) => t('zhiku:apiTab') }
  for (const entity of [...config.collections, ...config.globals]) {
    const components = (entity.admin.components ??= {})
    const views = (components.views ??= {})
    const edit = (views.edit ??= {})
    edit.api = { ...edit.api, tab: { ...apiTab, ...edit.api?.tab } }
  }
  return config
}

/** Custom translations (`zhiku:<key>`) for labels Payload builds with `t`. */
export const adminTranslations = {
  zh: { zhiku: { apiTab: pick(ADMIN_TEXT.apiTab, 'zh') } },
  en: { zhiku: { apiTab: pick(ADMIN_TEXT.apiTab, 'en') } },
}
