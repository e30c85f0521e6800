'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { pick } from '../../../src/i18n/pick'
import { articleStage } from '../../../src/workflow/article-stage'
import { DESK_TEXT } from '../../../src/workflow/panel-text'
import { STAGE_LABELS } from '../../../src/workflow/stages'
import { useArticleIssues } from './use-article-issues'

/**
 * Replaces Payload's draft/published status in the article header, as the issue header does: one
 * status, the stage of the newest issue that carries the article (or "not in an issue").
 */
export function ArticleStatus() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const issues = useArticleIssues(id)
  if (!id || issues === null) return null
  const stage = articleStage(issues)
  return (
    <div className="status" data-testid="header-stage">
      <span className="status__label">{pick(DESK_TEXT.stageHeader, i18n.language)}：</span>
      <span className="status__value">{stage ? pick(STAGE_LABELS[stage], i18n.language) : pick(DESK_TEXT.articleNotInIssue, i18n.language)}</span>
    </div>
  )
}
