'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRef, useState } from 'react'

type Report = { created: number; skippedExisting: number; duplicatesInFile: number; invalid: { line: number; reason: string }[] }

/** Above the subscriber list: export as CSV, import a CSV (new addresses only). */
export function SubscriberCsvButtons() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const base = `${config.serverURL}${config.routes.api}/subscribers`

  const upload = async (file: File) => {
    setBusy(true)
    try {
      const form = new FormData()
      form.set('file', file)
      const response = await fetch(`${base}/import`, { method: 'POST', credentials: 'include', body: form })
      const body = (await response.json().catch(() => null)) as (Report & { errors?: { message?: string }[] }) | null
      if (!response.ok || !body) {
        toast.error(body?.errors?.[0]?.message ?? String(response.status))
        return
      }
      toast.success(
        zh
          ? `新增 ${body.created}，已存在跳过 ${body.skippedExisting}，文件内重复 ${body.duplicatesInFile}，无效 ${body.invalid.length}`
          : `Added ${body.created}, skipped ${body.skippedExisting} existing, ${body.duplicatesInFile} repeated, ${body.invalid.length} invalid`,
      )
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginBottom: 'var(--base)' }}>
      <Button el="anchor" url={`${base}/export`} buttonStyle="secondary" size="small">
        {zh ? '导出 CSV' : 'Export CSV'}
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => input.current?.click()}>
        {zh ? '导入 CSV' : 'Import CSV'}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) void upload(file)
        }}
      />
    </div>
  )
}
