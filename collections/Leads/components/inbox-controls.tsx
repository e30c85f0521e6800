'use client'
import { Button, Pagination, ReactSelect, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { pick } from '../../../src/i18n/pick'
import { inboxSearch, type InboxFilters } from '../../../src/watch/inbox-filter'
import { LEAD_STATUS_LABELS, LEAD_STATUSES } from '../../../src/watch/vocabulary'
import { WATCH_TEXT, type WatchTextKey } from '../../../src/watch/watch-text'

type Option = { value: string; label: string }

const fieldStyle = { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 160 } as const
const inputStyle = {
  height: 40,
  padding: '0 12px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
} as const
// A day as text (the browser's own date field shows its placeholder in the browser's language, not the admin's).
const DAY_PATTERN = '\\d{4}-\\d{2}-\\d{2}'

/** The inbox's filters: think tank, status, publication dates and words; applied through the address bar. */
export function InboxFilterBar({ filters, thinkTanks }: { filters: InboxFilters; thinkTanks: Option[] }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const t = (key: WatchTextKey) => pick(WATCH_TEXT[key], i18n.language)
  const statuses: Option[] = LEAD_STATUSES.map((status) => ({ value: status, label: pick(LEAD_STATUS_LABELS[status], i18n.language) }))
  const [thinkTank, setThinkTank] = useState(filters.thinkTank === undefined ? '' : String(filters.thinkTank))
  const [status, setStatus] = useState<string>(filters.status ?? '')
  const [from, setFrom] = useState(filters.from ?? '')
  const [to, setTo] = useState(filters.to ?? '')
  const [q, setQ] = useState(filters.q ?? '')
  const inbox = `${config.routes.admin}/inbox`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries({ thinkTank, status, from, to, q })) if (value.trim()) params.set(key, value.trim())
    const query = params.toString()
    router.push(query ? `${inbox}?${query}` : inbox)
  }
  const selected = (options: Option[], value: string) => options.find((option) => option.value === value)
  const chosen = (value: unknown) => (value && !Array.isArray(value) && typeof value === 'object' && 'value' in value ? String(value.value) : '')

  return (
    <form
      aria-label={t('apply')}
      data-testid="inbox-filters"
      onSubmit={submit}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 16 }}
    >
      <div style={{ ...fieldStyle, minWidth: 240 }}>
        <label htmlFor="inbox-think-tank">{t('filterThinkTank')}</label>
        <ReactSelect
          inputId="inbox-think-tank"
          isClearable
          onChange={(value) => setThinkTank(chosen(value))}
          options={thinkTanks}
          placeholder={t('anyThinkTank')}
          value={selected(thinkTanks, thinkTank)}
        />
      </div>
      <div style={fieldStyle}>
        <label htmlFor="inbox-status">{t('filterStatus')}</label>
        <ReactSelect
          inputId="inbox-status"
          isClearable
          onChange={(value) => setStatus(chosen(value))}
          options={statuses}
          placeholder={t('anyStatus')}
          value={selected(statuses, status)}
        />
      </div>
      <div style={fieldStyle}>
        <label htmlFor="inbox-from">{t('filterFrom')}</label>
        <input
          id="inbox-from"
          inputMode="numeric"
          onChange={(event) => setFrom(event.target.value)}
          pattern={DAY_PATTERN}
          placeholder="2026-03-15"
          style={inputStyle}
          value={from}
        />
      </div>
      <div style={fieldStyle}>
        <label htmlFor="inbox-to">{t('filterTo')}</label>
        <input
          id="inbox-to"
          inputMode="numeric"
          onChange={(event) => setTo(event.target.value)}
          pattern={DAY_PATTERN}
          placeholder="2026-03-15"
          style={inputStyle}
          value={to}
        />
      </div>
      <div style={{ ...fieldStyle, flex: '1 1 280px' }}>
        <label htmlFor="inbox-q">{t('filterText')}</label>
        <input id="inbox-q" onChange={(event) => setQ(event.target.value)} placeholder={t('filterTextPlaceholder')} style={inputStyle} type="search" value={q} />
      </div>
      <Button buttonStyle="primary" margin={false} type="submit">
        {t('apply')}
      </Button>
      <Button buttonStyle="secondary" el="link" margin={false} to={inbox}>
        {t('reset')}
      </Button>
    </form>
  )
}

/** Pages of the inbox, keeping the filters. */
export function InboxPagination({ filters, page, totalPages }: { filters: InboxFilters; page: number; totalPages: number }) {
  const { config } = useConfig()
  const router = useRouter()
  if (totalPages <= 1) return null
  return (
    <Pagination
      hasNextPage={page < totalPages}
      hasPrevPage={page > 1}
      nextPage={page + 1}
      onChange={(next) => router.push(`${config.routes.admin}/inbox${inboxSearch(filters, next)}`)}
      page={page}
      prevPage={page - 1}
      totalPages={totalPages}
    />
  )
}
