'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { WorkflowSummary } from '../../../services/workflow/workflow-summary'
import { formatAdminDateTime } from '../../../src/i18n/admin-text'
import { pick } from '../../../src/i18n/pick'
import { actionConsequence, actionDone, actionNeedsComment } from '../../../src/workflow/action-consequence'
import { ACTION_LABELS, type Action } from '../../../src/workflow/actions'
import { DESK_TEXT, PANEL_TEXT } from '../../../src/workflow/panel-text'
import { STAGE_LABELS, type Stage } from '../../../src/workflow/stages'
import { CheckFindings } from './check-findings'

/** The success message survives the reload that shows the new stage in every field. */
const FLASH_KEY = 'zhiku-workflow-done'

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
  const [pending, setPending] = useState<Action | null>(null)
  const [done, setDone] = useState<string | null>(null)
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

  useEffect(() => {
    const flash = window.sessionStorage.getItem(FLASH_KEY)
    if (!flash) return
    window.sessionStorage.removeItem(FLASH_KEY)
    toast.success(flash)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shown once, read from the session after the reload
    setDone(flash)
  }, [])

  const ask = (action: Action) => {
    setPending(action)
    setComment('')
    dialog.current?.showModal()
  }

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
      const stageNow = (body as { doc?: { stage?: Stage } } | null)?.doc?.stage
      const message = pick(actionDone(action, STAGE_LABELS[stageNow ?? summary?.stage ?? 'draft']), language)
      window.sessionStorage.setItem(FLASH_KEY, message)
      toast.success(message)
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
      {done ? (
        <p data-testid="workflow-done" role="status" style={{ color: 'var(--theme-success-750)' }}>
          {done}
        </p>
      ) : null}
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
            onClick={() => ask(action)}
            size="small"
          >
            {pick(ACTION_LABELS[action], language)}
          </Button>
        ))}
      </div>

      <dialog ref={dialog} aria-labelledby="zhiku-confirm-title" data-testid="workflow-confirm" style={{ padding: 24, maxWidth: 480 }}>
        {/* Not a <form>: the panel sits inside Payload's document form, and forms cannot nest. */}
        {pending ? (
          <div>
            <h3 id="zhiku-confirm-title">
              {pick(DESK_TEXT.confirmTitle, language)}：{pick(ACTION_LABELS[pending], language)}
            </h3>
            <p data-testid="workflow-consequence">{pick(actionConsequence(pending, summary.stage), language)}</p>
            <label htmlFor="workflow-comment">
              {pick(actionNeedsComment(pending) ? (pending === 'reject' ? PANEL_TEXT.rejectPrompt : DESK_TEXT.commentRequired) : DESK_TEXT.commentOptional, language)}
            </label>
            <textarea
              id="workflow-comment"
              onChange={(event) => setComment(event.target.value)}
              required={actionNeedsComment(pending)}
              rows={3}
              style={{ width: '100%', marginTop: 8 }}
              value={comment}
            />
            <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
              <Button
                buttonStyle="primary"
                disabled={(actionNeedsComment(pending) && !comment.trim()) || busy}
                id="workflow-confirm"
                onClick={() => {
                  dialog.current?.close()
                  void run(pending, comment.trim() || undefined)
                }}
                size="small"
              >
                {pick(ACTION_LABELS[pending], language)}
              </Button>
              <Button buttonStyle="secondary" onClick={() => dialog.current?.close()} size="small">
                {pick(DESK_TEXT.cancel, language)}
              </Button>
            </div>
          </div>
        ) : null}
      </dialog>

      <h4>{pick(PANEL_TEXT.signoffs, language)}</h4>
      {summary.signoffs.length === 0 ? (
        <p>{pick(PANEL_TEXT.noSignoffs, language)}</p>
      ) : (
        <ul data-testid="workflow-signoffs">
          {summary.signoffs.map((signoff, index) => (
            <li key={`${signoff.stage}-${index}`}>
              {pick(STAGE_LABELS[signoff.stage], language)} · {signoff.name}
              {signoff.signedAt ? ` · ${formatAdminDateTime(signoff.signedAt, language)}` : ''}
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
            {formatAdminDateTime(event.createdAt, language)} · {event.userName ?? '—'} ·{' '}
            {event.action in ACTION_LABELS ? pick(ACTION_LABELS[event.action as Action], language) : event.action} (
            {pick(STAGE_LABELS[event.fromStage], language)} → {pick(STAGE_LABELS[event.toStage], language)})
            {event.comment ? `：${event.comment}` : ''}
          </li>
        ))}
      </ol>
    </section>
  )
}
