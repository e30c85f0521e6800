'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { pick } from '../../../src/i18n/pick'
import { DESK_TEXT, PANEL_TEXT } from '../../../src/workflow/panel-text'

/** Replaces Payload's Publish button: publishing is the last step of the review chain. */
export function PublishViaWorkflow() {
  const { i18n } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  // Only issues have the review chain panel; an article points to the issues that carry it.
  const hint = collectionSlug === 'articles' ? DESK_TEXT.articlePublishHint : PANEL_TEXT.publishHint
  return (
    <span className="zhiku-publish-hint" style={{ fontSize: 13, opacity: 0.75, maxWidth: 260 }}>
      {pick(hint, i18n.language)}
    </span>
  )
}
