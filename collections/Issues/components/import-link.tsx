'use client'
import { Link, useConfig } from '@payloadcms/ui'

import { useImportText } from './use-import-text'

/** Above the issues list: the way to the import page. */
export function ImportLink() {
  const { config } = useConfig()
  const { t } = useImportText()
  return (
    <p className="gutter--left gutter--right" style={{ marginTop: 16 }}>
      <Link href={`${config.routes.admin}/import`}>{t('title')} →</Link>
    </p>
  )
}
