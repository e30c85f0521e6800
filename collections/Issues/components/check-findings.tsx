'use client'
import { Banner, Button, Collapsible, Pill, toast, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

import type { CheckFinding } from '../../../src/checks/types'
import { useImportText } from './use-import-text'

const errorMessage = (body: unknown, status: number) =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? `HTTP ${status}`

type Props = {
  findings: readonly CheckFinding[]
  /** The issue the findings are about; without one (an import preview) fixes are offered once imported. */
  issueId?: number | string
  /** Called with the findings after a fix. */
  onFindings?: (findings: CheckFinding[]) => void
}

/**
 * Editorial findings grouped by severity — errors first and open, warnings collapsed, each with its
 * count — with 修正 beside each finding that has one exact correction and 全部修正 for them all.
 * Fixes go through `POST /api/issues/:id/checks/fix` (the user's own edit).
 */
export function CheckFindings({ findings, issueId, onFindings }: Props) {
  const { config } = useConfig()
  const { t } = useImportText()
  const [busy, setBusy] = useState(false)
  const errors = findings.filter((finding) => finding.severity === 'error')
  const warnings = findings.filter((finding) => finding.severity !== 'error')
  const fixable = findings.filter((finding) => finding.fix)

  const fix = async (targets: readonly CheckFinding[]) => {
    if (issueId === undefined) return
    setBusy(true)
    try {
      let latest: CheckFinding[] | null = null
      for (const finding of targets) {
        const response = await fetch(`${config.serverURL}${config.routes.api}/issues/${issueId}/checks/fix`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: finding.code, location: finding.location, written: finding.fix?.written }),
        })
        const body: unknown = await response.json().catch(() => null)
        // A finding fixed along with an earlier one (409: not there any more) is no failure.
        if (response.status === 409) continue
        if (!response.ok) {
          toast.error(errorMessage(body, response.status))
          break
        }
        latest = (body as { findings: CheckFinding[] }).findings
      }
      if (latest) {
        toast.success(t('fixed'))
        onFindings?.(latest)
      }
    } finally {
      setBusy(false)
    }
  }

  if (findings.length === 0) return <Banner type="success">{t('noFindings')}</Banner>

  const row = (finding: CheckFinding) => (
    <li
      data-testid="finding"
      data-code={finding.code}
      key={`${finding.code}-${finding.location}-${finding.fix?.written ?? ''}`}
      style={{ display: 'flex', gap: 12, alignItems: 'baseline', justifyContent: 'space-between', padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
    >
      <span>{finding.message}</span>
      {finding.fix ? (
        issueId !== undefined ? (
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void fix([finding])} size="small">
            {t('fix')}
          </Button>
        ) : (
          <Pill size="small">{t('fixAfterImport')}</Pill>
        )
      ) : null}
    </li>
  )

  return (
    <div className="zhiku-findings" data-testid="findings">
      {fixable.length > 0 && issueId !== undefined ? (
        <div style={{ marginBottom: 12 }}>
          <Button buttonStyle="primary" disabled={busy} id="findings-fix-all" margin={false} onClick={() => void fix(fixable)} size="small">
            {t('fixAll', { count: fixable.length })}
          </Button>
        </div>
      ) : null}
      {errors.length > 0 ? (
        <Collapsible collapsibleStyle="error" header={<strong>{t('errors', { count: errors.length })}</strong>} initCollapsed={false}>
          <ul data-testid="findings-errors" style={{ listStyle: 'none', margin: 0, padding: 0 }}>{errors.map(row)}</ul>
        </Collapsible>
      ) : null}
      {warnings.length > 0 ? (
        <Collapsible header={<strong>{t('warningsTitle', { count: warnings.length })}</strong>} initCollapsed>
          <ul data-testid="findings-warnings" style={{ listStyle: 'none', margin: 0, padding: 0 }}>{warnings.map(row)}</ul>
        </Collapsible>
      ) : null}
    </div>
  )
}
