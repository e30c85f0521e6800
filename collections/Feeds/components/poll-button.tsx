'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { Id } from '../../../src/content/ids'
import { pick } from '../../../src/i18n/pick'
import { countedNoun, POLL_STATUS_TEXT, WATCH_TEXT, type WatchTextKey } from '../../../src/watch/watch-text'

type PollResult = { feed: Id; url: string; status: string; created: number; error?: string }

/** Polls one feed now (or every active feed) through POST /api/feeds/poll and shows what came of it. */
export function PollButton({ feed }: { feed?: Id }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const t = (key: WatchTextKey) => pick(WATCH_TEXT[key], i18n.language)
  const [busy, setBusy] = useState(false)

  const poll = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/feeds/poll`, {
        method: 'POST',
        body: JSON.stringify(feed === undefined ? {} : { feed }),
        headers: { 'Content-Type': 'application/json' },
        credentials: 'include',
      })
      const body = (await response.json().catch(() => null)) as { results?: PollResult[]; errors?: { message?: string }[] } | null
      if (!response.ok) {
        const reason = response.status === 403 || response.status === 401 ? t('forbidden') : (body?.errors?.[0]?.message ?? String(response.status))
        toast.error(`${t('failed')}: ${reason}`)
        return
      }
      const results = body?.results ?? []
      const created = results.reduce((sum, result) => sum + (result.created || 0), 0)
      const failed = results.filter((result) => result.status === 'error')
      const statuses = [...new Set(results.map((result) => pick(POLL_STATUS_TEXT[result.status] ?? POLL_STATUS_TEXT.error!, i18n.language)))].join(' / ')
      const message = `${t('pollDone')}: ${statuses} · ${created} ${countedNoun('newLeads', created, i18n.language)}`
      if (failed.length > 0) toast.error(`${message} — ${failed.map((result) => result.error).filter(Boolean).join('; ')}`)
      else toast.success(message)
      router.refresh()
    } catch (error) {
      toast.error(`${t('failed')}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle={feed === undefined ? 'primary' : 'secondary'} disabled={busy} margin={false} onClick={() => void poll()} size="small">
      {busy ? t('polling') : feed === undefined ? t('pollAll') : t('pollNow')}
    </Button>
  )
}
