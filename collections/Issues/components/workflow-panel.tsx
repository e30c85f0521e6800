'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { WorkflowSummary } from '../../../services/workflow/workflow-summary'
import { pick } from '../../../src/i18n/pick'
import { ACTION_LABELS, type Action } from '../../../src/workflow/actions'
import { PANEL_TEXT } from '../../../src/workflow/panel-text'
import { STAGE_LABELS } from '../../../src/workflow/stages'
import { CheckFindings } from './check-findings'

type Language = string | undefined

const errorMessage = (body: unknown, fallback: string): string => {
  const errors = (body as { errors?: { message?: string }[] } | null)?.errors
  return errors?.[0]?.message ?? fallback
}

/** The review chain in the issue's sidebar: stage, sign-offs, checks, history and the actions this user may take. */
export function WorkflowPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language: Language = i18n.language
  const [summary, setSummary] = useState<WorkflowSummary | null>(null)
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const endpoint = `${config.serverURL}${config.routes.api}/issues/${id}/workflow`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setSummary((await response.json()) as WorkflowSummary)
  }, [endpoint, id])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load sets state only after the fetch resolves
    void load()
  }, [load])

  const run = async (action: Action, withComment?: string) => {
    setBusy(true)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, comment: withComment, expectedStage: summary?.stage }),
      })
      const body: unknown = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(errorMessage(body, `${response.status}`))
        await load()
        return
      }
      toast.success(pick(ACTION_LABELS[action], language))
      // The form shows the saved document; reload so every field reflects the new stage.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  if (!id) return <p className="zhiku-workflow__hint">{pick(PANEL_TEXT.saveFirst, language)}</p>
  if (!summary) return <p>{pick(PANEL_TEXT.loading, language)}</p>

  return (
    <section className="zhiku-workflow" aria-labelledby="zhiku-workflow-title" style={{ marginBottom: 24 }}>
      <h3 id="zhiku-workflow-title">{pick(PANEL_TEXT.title, language)}</h3>
      <p>
        {pick(PANEL_TEXT.stage, language)}：<strong data-testid="workflow-stage">{pick(STAGE_LABELS[summary.stage], language)}</strong>
        {' · '}
        {pick(PANEL_TEXT.revision, language)} {summary.revision}
      </p>

      <div className="zhiku-workflow__actions" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {summary.allowedActions.length === 0 ? <p>{pick(PANEL_TEXT.nothingToDo, language)}</p> : null}
        {summary.allowedActions.map((action) => (
          <Button
            key={action}
            buttonStyle={action === 'reject' || action === 'withdraw' ? 'secondary' : 'primary'}
            disabled={busy}
            id={`workflow-${action}`}
            onClick={() => (action === 'reject' ? dialog.current?.showModal() : void run(action))}
            size="small"
          >
            {pick(ACTION_LABELS[action], language)}
          </Button>
        ))}
      </div>

      <dialog ref={dialog} aria-labelledby="zhiku-reject-title" style={{ padding: 24, maxWidth: 480 }}>
        {/* Not a <form>: the panel sits inside Payload's document form, and forms cannot nest. */}
        <div>
          <h3 id="zhiku-reject-title">{pick(PANEL_TEXT.rejectTitle, language)}</h3>
          <label htmlFor="workflow-reject-comment">{pick(PANEL_TEXT.rejectPrompt, language)}</label>
          <textarea
            id="workflow-reject-comment"
            onChange={(event) => setComment(event.target.value)}
            required
            rows={4}
            style={{ width: '100%', marginTop: 8 }}
            value={comment}
          />
          <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
            <Button
              buttonStyle="primary"
              disabled={!comment.trim() || busy}
              id="workflow-reject-confirm"
              onClick={() => {
                dialog.current?.close()
                void run('reject', comment.trim())
              }}
              size="small"
            >
              {pick(PANEL_TEXT.confirm, language)}
            </Button>
            <Button buttonStyle="secondary" onClick={() => dialog.current?.close()} size="small">
              {pick(PANEL_TEXT.cancel, language)}
            </Button>
          </div>
        </div>
      </dialog>

      <h4>{pick(PANEL_TEXT.signoffs, language)}</h4>
      {summary.signoffs.length === 0 ? (
        <p>{pick(PANEL_TEXT.noSignoffs, language)}</p>
      ) : (
        <ul data-testid="workflow-signoffs">
          {summary.signoffs.map((signoff, index) => (
            <li key={`${signoff.stage}-${index}`}>
              {pick(STAGE_LABELS[signoff.stage], language)}：{signoff.name}
              {signoff.signedAt ? ` · ${new Date(signoff.signedAt).toLocaleString(language === 'en' ? 'en' : 'zh-CN')}` : ''}
            </li>
          ))}
        </ul>
      )}

      <h4>{pick(PANEL_TEXT.checks, language)}</h4>
      <div data-testid="workflow-findings">
        <CheckFindings findings={summary.findings} issueId={id} onFindings={() => window.location.reload()} />
      </div>

      <h4>{pick(PANEL_TEXT.history, language)}</h4>
      <ol data-testid="workflow-history" style={{ paddingLeft: 20 }}>
        {summary.history.map((event) => (
          <li key={event.id}>
            {new Date(event.createdAt).toLocaleString(language === 'en' ? 'en' : 'zh-CN')} · {event.userName ?? '—'} ·{' '}
            {event.action in ACTION_LABELS ? pick(ACTION_LABELS[event.action as Action], language) : event.action} (
            {pick(STAGE_LABELS[event.fromStage], language)} → {pick(STAGE_LABELS[event.toStage], language)})
            {event.comment ? `：${event.comment}` : ''}
          </li>
        ))}
      </ol>
    </section>
  )
}
