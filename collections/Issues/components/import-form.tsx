'use client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { ImportReport } from '../../../services/import/import-issue'
import { pick } from '../../../src/i18n/pick'
import { isZipName } from '../../../src/import/archive-names'
import { IMPORT_TEXT, PUBLICATION_ORIGIN_TEXT } from '../../../src/import/import-text'
import { ArchiveImport } from './archive-import'

type State = { report?: ImportReport; error?: string; busy: boolean }

const errorMessage = (body: unknown, status: number) =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? `HTTP ${status}`

/** Upload an issue file (or a .zip of them), see what would be created and what the checks say, then import it. */
export function ImportForm() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = (key: keyof typeof IMPORT_TEXT) => pick(IMPORT_TEXT[key], i18n.language)
  const [file, setFile] = useState<File | null>(null)
  const [archive, setArchive] = useState(false)
  const [date, setDate] = useState('')
  const [number, setNumber] = useState('')
  const [state, setState] = useState<State>({ busy: false })

  const send = async (dryRun: boolean) => {
    if (!file) return
    setState({ busy: true, report: state.report })
    const form = new FormData()
    form.append('file', file)
    const query = new URLSearchParams({ dryRun: String(dryRun), archive: String(archive) })
    if (date.trim()) query.set('date', date.trim())
    if (number.trim()) query.set('number', number.trim())
    const response = await fetch(`${config.serverURL}${config.routes.api}/issues/import?${query}`, {
      method: 'POST',
      body: form,
      credentials: 'include',
    })
    const body: unknown = await response.json().catch(() => null)
    setState(response.ok ? { busy: false, report: body as ImportReport } : { busy: false, error: errorMessage(body, response.status) })
  }

  const report = state.report
  return (
    <div className="zhiku-import" style={{ maxWidth: 860 }}>
      <p>{t('intro')}</p>
      <label htmlFor="import-file" style={{ display: 'block', fontWeight: 600, marginBottom: 8 }}>
        {t('file')}
      </label>
      <input
        accept=".txt,.md,.markdown,.docx,.zip,application/zip,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        id="import-file"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null)
          setState({ busy: false })
        }}
        type="file"
      />
      <p>
        <label>
          <input checked={archive} onChange={(event) => setArchive(event.target.checked)} type="checkbox" /> {t('archive')}
        </label>
      </p>
      {file && isZipName(file.name) ? (
        <ArchiveImport archive={archive} file={file} key={`${file.name}-${file.lastModified}-${archive}`} />
      ) : (
        <>
        <p>
          <label>
            {t('date')}{' '}
            <input id="import-date" onChange={(event) => setDate(event.target.value)} placeholder="2025-03-15" value={date} />
          </label>{' '}
          <small>{t('dateOption')}</small>
        </p>
        <p>
          <label>
            {t('number')}{' '}
            <input id="import-number" inputMode="numeric" onChange={(event) => setNumber(event.target.value)} value={number} />
          </label>{' '}
          <small>{t('numberOption')}</small>
        </p>
          <Button buttonStyle="secondary" disabled={!file || state.busy} id="import-preview" onClick={() => void send(true)}>
            {t('preview')}
          </Button>
        </>
      )}
      {state.error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {state.error}
        </p>
      ) : null}
      {report ? (
        <section aria-labelledby="import-result" data-testid="import-report">
          <h2 id="import-result">{report.dryRun ? t('previewTitle') : t('doneTitle')}</h2>
          <ul>
            <li data-testid="import-date">
              {t('date')}: {report.publication.date} ({pick(PUBLICATION_ORIGIN_TEXT[report.publication.dateFrom], i18n.language)}
              {report.publication.dateWritten && report.publication.dateFrom !== 'option' ? `: ${report.publication.dateWritten}` : ''})
            </li>
            <li data-testid="import-number">
              {t('number')}: {report.publication.number} ({pick(PUBLICATION_ORIGIN_TEXT[report.publication.numberFrom], i18n.language)}
              {report.publication.numberWritten && report.publication.numberFrom !== 'option' ? `: ${report.publication.numberWritten}` : ''})
            </li>
            <li>
              {t('articles')}: {report.articles.created}
            </li>
            <li>
              {t('sources')}: {report.sources.created} / {t('matched')} {report.sources.matched}
            </li>
            <li>
              {t('thinkTanks')}: {report.thinkTanks.created} / {t('matched')} {report.thinkTanks.matched}
            </li>
          </ul>
          <h3>{t('checks')}</h3>
          <ul data-testid="import-checks">
            {report.checks.map((check) => (
              <li key={`${check.code}-${check.location}-${check.message}`}>
                [{check.severity}] {check.message}
              </li>
            ))}
          </ul>
          {report.warnings.length > 0 ? (
            <ul>
              {report.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : null}
          {report.dryRun ? (
            <Button disabled={state.busy} id="import-confirm" onClick={() => void send(false)}>
              {t('confirm')}
            </Button>
          ) : report.issue ? (
            <p>
              <a href={`${config.routes.admin}/collections/issues/${report.issue.id}`}>{t('open')}</a>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
