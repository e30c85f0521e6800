'use client'
import { useTranslation } from '@payloadcms/ui'

import { pick } from '../../../src/i18n/pick'
import { PANEL_TEXT } from '../../../src/workflow/panel-text'

/** Replaces Payload's Publish button: publishing is the last step of the review chain. */
export function PublishViaWorkflow() {
  const { i18n } = useTranslation()
  return (
    <span className="zhiku-publish-hint" style={{ fontSize: 13, opacity: 0.75, maxWidth: 260 }}>
      {pick(PANEL_TEXT.publishHint, i18n.language)}
    </span>
  )
}
