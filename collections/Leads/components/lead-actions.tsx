'use client'
import { Button, Drawer, toast, useConfig, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { SLUGS } from '../../../src/collection-slugs'
import { idOf, type Id } from '../../../src/content/ids'
import { pick } from '../../../src/i18n/pick'
import type { LeadStatus } from '../../../src/watch/vocabulary'
import { WATCH_TEXT, type WatchTextKey } from '../../../src/watch/watch-text'

type Props = { id: Id; title: string; url: string; status: LeadStatus; article?: Id; canTriage: boolean }

type Answer = { ok: true; body: unknown } | { ok: false; message: string }

/** The message of a refused request, in the admin's language where the status says enough. */
function refusal(status: number, body: unknown, t: (key: WatchTextKey) => string): string {
  if (status === 403 || status === 401) return t('forbidden')
  if (status === 404) return t('notFound')
  if (status === 409) return t('conflict')
  const message = (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message
  return message ? `${t('failed')}: ${message}` : `${t('failed')} (${status})`
}

/** Claim, skip (with a reason), open the original, start an article: each through the REST API, so the server's rules decide. */
export function LeadActions({ id, title, url, status, article, canTriage }: Props) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const { openModal, closeModal } = useModal()
  const t = (key: WatchTextKey) => pick(WATCH_TEXT[key], i18n.language)
  const [busy, setBusy] = useState(false)
  const [reason, setReason] = useState('')
  const api = `${config.serverURL}${config.routes.api}`
  const admin = config.routes.admin
  const skipDrawer = `skip-lead-${id}`

  const send = async (path: string, method: 'PATCH' | 'POST', data: unknown): Promise<Answer> => {
    setBusy(true)
    try {
      const response = await fetch(`${api}${path}`, {
        method,
        body: JSON.stringify(data),
        headers: { 'Content-Type': 'application/json' },
        credentials: 'include',
      })
      const body: unknown = await response.json().catch(() => null)
      return response.ok ? { ok: true, body } : { ok: false, message: refusal(response.status, body, t) }
    } catch (error) {
      return { ok: false, message: `${t('failed')}: ${error instanceof Error ? error.message : String(error)}` }
    } finally {
      setBusy(false)
    }
  }

  const claim = async () => {
    const answer = await send(`/${SLUGS.leads}/${id}`, 'PATCH', { status: 'claimed' })
    if (!answer.ok) return void toast.error(answer.message)
    toast.success(t('claimed'))
    router.refresh()
  }

  const skip = async () => {
    if (!reason.trim()) return void toast.error(t('reasonRequired'))
    const answer = await send(`/${SLUGS.leads}/${id}`, 'PATCH', { status: 'skipped', skipReason: reason.trim() })
    if (!answer.ok) return void toast.error(answer.message)
    closeModal(skipDrawer)
    toast.success(t('skipped'))
    router.refresh()
  }

  const startArticle = async () => {
    const answer = await send(`/${SLUGS.leads}/${id}/start-article`, 'POST', {})
    if (!answer.ok) return void toast.error(answer.message)
    const articleId = idOf((answer.body as { article?: unknown } | null)?.article)
    toast.success(t('started'))
    if (articleId === undefined) return void router.refresh()
    router.push(`${admin}/collections/${SLUGS.articles}/${articleId}`)
  }

  const open = status === 'new' || status === 'claimed'
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <Button buttonStyle="secondary" el="anchor" margin={false} newTab size="small" url={url}>
        {t('openOriginal')}
      </Button>
      {canTriage && status === 'new' ? (
        <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void claim()} size="small">
          {t('claim')}
        </Button>
      ) : null}
      {canTriage && open ? (
        <Button buttonStyle="primary" disabled={busy} margin={false} onClick={() => void startArticle()} size="small">
          {t('startArticle')}
        </Button>
      ) : null}
      {canTriage && open ? (
        <Button buttonStyle="subtle" disabled={busy} margin={false} onClick={() => openModal(skipDrawer)} size="small">
          {t('skip')}
        </Button>
      ) : null}
      {status === 'used' && article !== undefined ? (
        <Button buttonStyle="secondary" el="link" margin={false} size="small" to={`${admin}/collections/${SLUGS.articles}/${article}`}>
          {t('openArticle')}
        </Button>
      ) : null}
      {canTriage && open ? (
        <Drawer slug={skipDrawer} title={t('skipTitle')}>
          <p style={{ fontWeight: 600 }}>{title}</p>
          <label htmlFor={`skip-reason-${id}`} style={{ display: 'block', marginBottom: 8 }}>
            {t('skipReason')}
          </label>
          <textarea
            id={`skip-reason-${id}`}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('skipReasonHint')}
            rows={4}
            style={{ width: '100%', maxWidth: 640 }}
            value={reason}
          />
          <div style={{ display: 'flex', gap: 8, marginTop: 16 }}>
            <Button buttonStyle="primary" disabled={busy} margin={false} onClick={() => void skip()}>
              {t('skipConfirm')}
            </Button>
            <Button buttonStyle="secondary" margin={false} onClick={() => closeModal(skipDrawer)}>
              {t('cancel')}
            </Button>
          </div>
        </Drawer>
      ) : null}
    </div>
  )
}
