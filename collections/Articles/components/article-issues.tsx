'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { pick } from '../../../src/i18n/pick'
import { DESK_TEXT, PANEL_TEXT } from '../../../src/workflow/panel-text'
import { STAGES, STAGE_LABELS, type Stage } from '../../../src/workflow/stages'
import { useArticleIssues } from './use-article-issues'

const isStage = (value: unknown): value is Stage => typeof value === 'string' && (STAGES as readonly string[]).includes(value)

/** In an article's sidebar: the issues that carry it, each with its stage (the review chain is the issue's). */
export function ArticleIssues() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const issues = useArticleIssues(id)

  return (
    <section aria-labelledby="zhiku-article-issues" data-testid="article-issues" style={{ marginTop: 24, marginBottom: 24 }}>
      <h3 id="zhiku-article-issues">{pick(DESK_TEXT.articleIssues, language)}</h3>
      {!id ? null : issues === null ? (
        <p>{pick(PANEL_TEXT.loading, language)}</p>
      ) : issues.length === 0 ? (
        <p>{pick(DESK_TEXT.articleNoIssue, language)}</p>
      ) : (
        <ul>
          {issues.map((issue) => (
            <li key={issue.id}>
              <a href={`${config.routes.admin}/collections/issues/${issue.id}`}>
                {issue.number ? `${pick(PANEL_TEXT.number, language)} ${issue.number} · ` : ''}
                {issue.title}
              </a>
              {isStage(issue.stage) ? ` · ${pick(STAGE_LABELS[issue.stage], language)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
