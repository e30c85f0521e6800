'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { pick } from '../../../src/i18n/pick'
import { actionConsequence, actionDone, actionNeedsComment } from '../../../src/workflow/action-consequence'
import { ACTION_LABELS, type Action } from '../../../src/workflow/actions'
import { DESK_TEXT, PANEL_TEXT } from '../../../src/workflow/panel-text'
import { STAGE_LABELS, type Stage } from '../../../src/workflow/stages'

type Props = { issueId: number | string; issueLabel: string; action: Action; stage: Stage }

/**
 * One action on the board: a confirmation that says what follows (with the comment sending back and
 * reopening need), then POST /api/issues/:id/workflow, a success message and the board redrawn.
 */
export function BoardAction({ issueId, issueLabel, action, stage }: Props) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = i18n.language
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const needsComment = actionNeedsComment(action)
  const commentId = `board-comment-${issueId}-${action}`

  const run = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/issues/${issueId}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, expectedStage: stage, comment: comment.trim() || undefined }),
      })
      const body = (await response.json().catch(() => null)) as { doc?: { stage?: Stage }; errors?: { message?: string }[] } | null
      if (!response.ok) {
        toast.error(body?.errors?.[0]?.message ?? String(response.status))
        return
      }
      dialog.current?.close()
      toast.success(pick(actionDone(action, STAGE_LABELS[body?.doc?.stage ?? stage]), language))
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button
        buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'}
        disabled={busy}
        onClick={() => {
          setComment('')
          dialog.current?.showModal()
        }}
        size="small"
      >
        {pick(ACTION_LABELS[action], language) || pick(DESK_TEXT.boardDone, language)}
      </Button>
      <dialog aria-labelledby={`${commentId}-title`} data-testid="board-confirm" ref={dialog} style={{ padding: 24, maxWidth: 480 }}>
        <h3 id={`${commentId}-title`}>
          {pick(DESK_TEXT.confirmTitle, language)}：{pick(ACTION_LABELS[action], language)}
        </h3>
        <p>{issueLabel}</p>
        <p data-testid="board-consequence">{pick(actionConsequence(action, stage), language)}</p>
        {needsComment ? (
          <>
            <label htmlFor={commentId}>{pick(action === 'reject' ? PANEL_TEXT.rejectPrompt : DESK_TEXT.commentRequired, language)}</label>
            <textarea id={commentId} onChange={(event) => setComment(event.target.value)} required rows={3} style={{ width: '100%', marginTop: 8 }} value={comment} />
          </>
        ) : null}
        <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
          <Button buttonStyle="primary" disabled={(needsComment && !comment.trim()) || busy} onClick={() => void run()} size="small">
            {pick(ACTION_LABELS[action], language)}
          </Button>
          <Button buttonStyle="secondary" onClick={() => dialog.current?.close()} size="small">
            {pick(DESK_TEXT.cancel, language)}
          </Button>
        </div>
      </dialog>
    </>
  )
}
