'use client'
import { Banner, Button, CheckboxInput, Dropzone, Link, useAuth, useConfig } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import type { ImportReport } from '../../../services/import/import-issue'
import type { CheckFinding } from '../../../src/checks/types'
import { isZipName } from '../../../src/import/archive-names'
import { ArchiveImport } from './archive-import'
import { CheckFindings } from './check-findings'
import { useImportText } from './use-import-text'

type Existing = { id: number | string; number: number; title: string }
type State = { report?: ImportReport; error?: string; existing?: Existing; busy: boolean }
type ErrorBody = { errors?: { message?: string; data?: { code?: string; existing?: Existing } }[] } | null

const ACCEPT =
  '.txt,.md,.markdown,.docx,.zip,application/zip,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Upload an issue file (or a .zip of them), see what would be created and what the checks say, then import it. */
export function ImportForm() {
  const { config } = useConfig()
  const { user } = useAuth()
  const { t, origin } = useImportText()
  const isAdmin = (user?.roles as string[] | undefined)?.includes('admin') ?? false
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [archive, setArchive] = useState(false)
  const [date, setDate] = useState('')
  const [number, setNumber] = useState('')
  const [state, setState] = useState<State>({ busy: false })
  // An administrator chose to import a text already in the archive as a new issue anyway.
  const [force, setForce] = useState(false)

  const choose = (files: FileList | null) => {
    setFile(files?.[0] ?? null)
    setForce(false)
    setState({ busy: false })
  }

  const send = async (dryRun: boolean, withForce = force) => {
    if (!file) return
    setState({ busy: true, report: state.report })
    const form = new FormData()
    form.append('file', file)
    const query = new URLSearchParams({ dryRun: String(dryRun), archive: String(archive), force: String(withForce) })
    if (date.trim()) query.set('date', date.trim())
    if (number.trim()) query.set('number', number.trim())
    const response = await fetch(`${config.serverURL}${config.routes.api}/issues/import?${query}`, { method: 'POST', body: form, credentials: 'include' })
    const body: unknown = await response.json().catch(() => null)
    if (response.ok) {
      setState({ busy: false, report: body as ImportReport })
      return
    }
    const error = (body as ErrorBody)?.errors?.[0]
    setState({ busy: false, error: error?.message ?? `HTTP ${response.status}`, existing: error?.data?.code === 'already-imported' ? error.data.existing : undefined })
  }

  const setFindings = (findings: CheckFinding[]) => setState((current) => (current.report ? { ...current, report: { ...current.report, checks: findings } } : current))
  const report = state.report
  const issueLink = report?.issue ? `${config.routes.admin}/collections/issues/${report.issue.id}` : null

  return (
    <div className="zhiku-import" style={{ maxWidth: 900 }}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Dropzone className="zhiku-import__drop" onChange={choose}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '24px 16px' }}>
          <span>{t('dropHere')}</span>
          <Button buttonStyle="pill" margin={false} onClick={() => input.current?.click()} size="small">
            {t('chooseFile')}
          </Button>
          <small style={{ opacity: 0.7 }}>{t('fileTypes')}</small>
          {file ? (
            <strong data-testid="import-chosen" style={{ flexBasis: '100%' }}>
              {t('chosen', { name: file.name })}
            </strong>
          ) : null}
        </div>
        <input accept={ACCEPT} aria-label={t('file')} hidden id="import-file" onChange={(event) => choose(event.target.files)} ref={input} type="file" />
      </Dropzone>
      {isAdmin ? (
        <div style={{ margin: '16px 0' }}>
          <CheckboxInput checked={archive} id="import-archive" label={t('archive')} onToggle={(event) => setArchive(event.target.checked)} />
        </div>
      ) : null}
      {file && isZipName(file.name) ? (
        <ArchiveImport archive={archive} file={file} key={`${file.name}-${file.lastModified}-${archive}`} />
      ) : (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '16px 0' }}>
            <label className="field-label" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {t('date')}
              <input className="zhiku-import__input" id="import-date" onChange={(event) => setDate(event.target.value)} placeholder="2025-03-15" value={date} />
              <small style={{ opacity: 0.7 }}>{t('dateOption')}</small>
            </label>
            <label className="field-label" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {t('number')}
              <input className="zhiku-import__input" id="import-number" inputMode="numeric" onChange={(event) => setNumber(event.target.value)} value={number} />
              <small style={{ opacity: 0.7 }}>{t('numberOption')}</small>
            </label>
          </div>
          <Button buttonStyle="secondary" disabled={!file || state.busy} id="import-preview" onClick={() => void send(true)}>
            {t('preview')}
          </Button>
        </>
      )}
      {state.existing ? (
        <div data-testid="import-duplicate">
          <Banner type="warning">
            <strong>{t('duplicateTitle')}</strong>
            <div style={{ marginTop: 8 }}>
              <Link href={`${config.routes.admin}/collections/issues/${state.existing.id}`}>{t('openExisting', { number: state.existing.number, title: state.existing.title })}</Link>
            </div>
          </Banner>
          {isAdmin ? (
            <Button buttonStyle="secondary" disabled={state.busy} id="import-force" onClick={() => {
                setForce(true)
                void send(true, true)
              }} size="small">
              {t('forceImport')}
            </Button>
          ) : null}
        </div>
      ) : state.error ? (
        <div role="alert">
          <Banner type="error">{state.error}</Banner>
        </div>
      ) : null}
      {report ? (
        <section aria-labelledby="import-result" data-testid="import-report" style={{ marginTop: 24 }}>
          {issueLink && report.issue ? (
            <Banner type="success">
              <Link href={issueLink} id="import-open">
                <strong style={{ fontSize: '1.2em' }}>{t('created', { number: report.issue.number, title: report.issue.title })} →</strong>
              </Link>
            </Banner>
          ) : null}
          <h2 id="import-result">{report.dryRun ? t('previewTitle') : t('doneTitle')}</h2>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
            <dt>{t('date')}</dt>
            <dd data-testid="import-date" style={{ margin: 0 }}>
              {report.publication.date}（{origin(report.publication.dateFrom)}
              {report.publication.dateWritten && report.publication.dateFrom !== 'option' ? `：${report.publication.dateWritten}` : ''}）
            </dd>
            <dt>{t('number')}</dt>
            <dd data-testid="import-number" style={{ margin: 0 }}>
              {report.publication.number}（{origin(report.publication.numberFrom)}
              {report.publication.numberWritten && report.publication.numberFrom !== 'option' ? `：${report.publication.numberWritten}` : ''}）
            </dd>
            <dt>{t('articles')}</dt>
            <dd style={{ margin: 0 }}>{report.articles.created}</dd>
            <dt>{t('sources')}</dt>
            <dd style={{ margin: 0 }}>
              {report.sources.created} / {t('matched')} {report.sources.matched}
            </dd>
            <dt>{t('thinkTanks')}</dt>
            <dd style={{ margin: 0 }}>
              {report.thinkTanks.created} / {t('matched')} {report.thinkTanks.matched}
            </dd>
          </dl>
          <h3>{t('checks')}</h3>
          <div data-testid="import-checks">
            <CheckFindings findings={report.checks} issueId={report.issue?.id} onFindings={setFindings} />
          </div>
          {report.warnings.length > 0 ? (
            <details style={{ marginTop: 12 }}>
              <summary>{t('notes', { count: report.warnings.length })}</summary>
              <ul>
                {report.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {report.dryRun ? (
            <Button disabled={state.busy} id="import-confirm" onClick={() => void send(false)}>
              {t('confirm')}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
