'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

import type { ArchiveEvent } from '../../../services/import/archive-upload'
import { useImportText } from './use-import-text'

type FileRow = Extract<ArchiveEvent, { type: 'file' }>
type Run = { dryRun: boolean; total: number; ignored: number; rows: FileRow[]; finished: boolean }

const errorMessage = (body: unknown, status: number) =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? `HTTP ${status}`

/** Reads newline-delimited JSON events from a streamed answer, one callback per event. */
async function readEvents(response: Response, onEvent: (event: ArchiveEvent) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let pending = ''
  for (;;) {
    const { done, value } = await reader.read()
    pending += value ?? ''
    const lines = pending.split('\n')
    pending = done ? '' : lines.pop()!
    for (const text of lines) if (text.trim()) onEvent(JSON.parse(text) as ArchiveEvent)
    if (done) return
  }
}

/**
 * A .zip of issues: preview every file's outcome (would import, already imported, refused and why),
 * then import them with a progress bar; the server answers file by file as it goes.
 */
export function ArchiveImport({ file, archive }: { file: File; archive: boolean }) {
  const { config } = useConfig()
  const { t } = useImportText()
  const [run, setRun] = useState<Run | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    setRun({ dryRun, total: 0, ignored: 0, rows: [], finished: false })
    try {
      const form = new FormData()
      form.append('file', file)
      const query = new URLSearchParams({ dryRun: String(dryRun), archive: String(archive) })
      const response = await fetch(`${config.serverURL}${config.routes.api}/issues/import?${query}`, { method: 'POST', body: form, credentials: 'include' })
      if (!response.ok) {
        setRun(null)
        setError(errorMessage(await response.json().catch(() => null), response.status))
        return
      }
      await readEvents(response, (event) => {
        if (event.type === 'start') setRun({ dryRun, total: event.total, ignored: event.ignored, rows: [], finished: false })
        else if (event.type === 'file') setRun((current) => current && { ...current, rows: [...current.rows, event] })
        else if (event.type === 'done') setRun((current) => current && { ...current, finished: true })
        else setError(event.message)
      })
    } catch (failure) {
      setError(`${t('interrupted')} (${failure instanceof Error ? failure.message : String(failure)})`)
    } finally {
      setBusy(false)
    }
  }

  const statusLabel = (row: FileRow) =>
    row.status === 'would-import' ? t('wouldImport') : row.status === 'imported' ? t('imported') : row.status === 'skipped' ? t('skipped') : t('refused')
  const detail = (row: FileRow) => {
    if (row.error) return row.error.message
    const report = row.report!
    const errors = report.checks.filter((check) => check.severity === 'error').length
    return `${t('articles')} ${report.articles.created} · ${t('checks')}: ${errors} error(s), ${report.checks.length - errors} warning(s)`
  }
  const importable = run?.rows.filter((row) => row.status === 'would-import').length ?? 0

  return (
    <div data-testid="archive-import">
      <Button buttonStyle="secondary" disabled={busy} id="import-preview" onClick={() => void send(true)}>
        {t('preview')}
      </Button>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {run ? (
        <section aria-labelledby="archive-result" data-testid="archive-report">
          <h2 id="archive-result">{run.dryRun ? t('archivePreviewTitle') : t('archiveDoneTitle')}</h2>
          <p>
            <label htmlFor="archive-progress">{t('progress')}</label>{' '}
            <progress id="archive-progress" max={Math.max(run.total, 1)} value={run.finished && run.total === 0 ? 1 : run.rows.length} />{' '}
            <span data-testid="archive-progress-count">
              {run.rows.length}/{run.total}
            </span>
          </p>
          <table data-testid="archive-files">
            <thead>
              <tr>
                <th>{t('fileColumn')}</th>
                <th>{t('outcomeColumn')}</th>
                <th>{t('detailColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {run.rows.map((row) => (
                <tr data-status={row.status} key={row.index}>
                  <td>{row.file}</td>
                  <td>{statusLabel(row)}</td>
                  <td>
                    {detail(row)}
                    {row.report?.issue ? (
                      <>
                        {' '}
                        <a href={`${config.routes.admin}/collections/issues/${row.report.issue.id}`}>{t('open')}</a>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {run.ignored > 0 ? (
            <p>
              {t('leftOut')}: {run.ignored}
            </p>
          ) : null}
          {run.dryRun && run.finished && importable > 0 ? (
            <Button disabled={busy} id="import-confirm" onClick={() => void send(false)}>
              {t('confirmArchive')} ({importable})
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
