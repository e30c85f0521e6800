'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'

import { pick } from '../../../src/i18n/pick'
import { IMPORT_TEXT } from '../../../src/import/import-text'

/** Above the issues list: the way to the import page. */
export function ImportLink() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <p className="gutter--left gutter--right" style={{ marginTop: 16 }}>
      <Link href={`${config.routes.admin}/import`}>{pick(IMPORT_TEXT.title, i18n.language)} →</Link>
    </p>
  )
}
