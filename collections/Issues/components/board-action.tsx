'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { pick } from '../../../src/i18n/pick'
import { actionConsequence, actionDone } from '../../../src/workflow/action-consequence'
import { ACTION_LABELS, type Action } from '../../../src/workflow/actions'
import { DESK_TEXT } from '../../../src/workflow/panel-text'
import { STAGE_LABELS, type Stage } from '../../../src/workflow/stages'

type Props = { issueId: number | string; action: Action; stage: Stage }

/** One action on the board, confirmed with what follows, through POST /api/issues/:id/workflow. */
export function BoardAction({ issueId, action, stage }: Props) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const [busy, setBusy] = useState(false)

  const run = async () => {
    if (!window.confirm(`${pick(ACTION_LABELS[action], language)}：${pick(actionConsequence(action, stage), language)}`)) return
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/issues/${issueId}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, expectedStage: stage }),
      })
      const body = (await response.json().catch(() => null)) as { doc?: { stage?: Stage }; errors?: { message?: string }[] } | null
      if (!response.ok) {
        toast.error(body?.errors?.[0]?.message ?? String(response.status))
        return
      }
      toast.success(pick(actionDone(action, STAGE_LABELS[body?.doc?.stage ?? stage]), language))
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} disabled={busy} onClick={() => void run()} size="small">
      {pick(ACTION_LABELS[action], language) || pick(DESK_TEXT.boardDone, language)}
    </Button>
  )
}
