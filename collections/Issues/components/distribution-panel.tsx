'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Counts = { queued: number; sent: number; failed: number; suppressed: number; uncertain: number }
type ExportBody = { format: string; html?: string; text?: string; markdown?: string; subject?: string; characters?: number; warnings: string[] }

const errorMessage = (body: unknown, fallback: string): string =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? fallback

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}

/** The mail in its sidebar: delivery counts, a test mail to oneself, and the exports. */
export function DistributionPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [counts, setCounts] = useState<Counts | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `${config.serverURL}${config.routes.api}/issues/${id}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${base}/deliveries`, { credentials: 'include' })
    if (response.ok) setCounts((await response.json()) as Counts)
  }, [base, id])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load sets state only after the fetch resolves
    void load()
  }, [load])

  const call = async (path: string, init?: RequestInit): Promise<unknown> => {
    setBusy(true)
    try {
      const response = await fetch(`${base}${path}`, { credentials: 'include', ...init })
      const body: unknown = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(errorMessage(body, String(response.status)))
        return null
      }
      return body
    } finally {
      setBusy(false)
    }
  }

  const sendTest = async () => {
    const body = (await call('/send-test', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })) as { message?: string } | null
    if (body?.message) toast.success(body.message)
  }

  // Messages a crash cut off mid-hand-over may already be in the inbox: resent only when an editor says so.
  const resendUncertain = async () => {
    const question = zh
      ? `有 ${counts?.uncertain ?? 0} 封邮件在发送中断时状态不明，可能已送达。重新发送可能使读者收到两份。确定重发？`
      : `${counts?.uncertain ?? 0} message(s) were cut off mid-send and may already have arrived. Resending may deliver them twice. Resend?`
    if (!window.confirm(question)) return
    const body = (await call('/deliveries/resend-uncertain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })) as Counts | null
    if (body) {
      setCounts(body)
      toast.success(zh ? '已重新排队' : 'Queued again')
    }
  }

  const exportAs = async (format: 'wechat' | 'email' | 'markdown') => {
    const body = (await call(`/export?format=${format}`)) as ExportBody | null
    if (!body) return
    for (const warning of body.warnings) toast.warning(warning)
    if (format === 'wechat' && body.html) {
      // Rich text on the clipboard, so it pastes into the 公众号 editor with its styles.
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([body.html], { type: 'text/html' }), 'text/plain': new Blob([body.text ?? body.html.replace(/<[^>]*>/g, '')], { type: 'text/plain' }) }),
      ])
      toast.success(zh ? `已复制（${body.characters ?? 0} 字），可粘贴到公众号编辑器` : `Copied (${body.characters ?? 0} characters); paste into the WeChat editor`)
    } else if (format === 'email' && body.html) {
      download(`issue-${String(id)}-email.html`, 'text/html', body.html)
    } else if (body.markdown) {
      download(`issue-${String(id)}.md`, 'text/markdown', body.markdown)
    }
  }

  if (!id) return null
  return (
    <div className="distribution-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4>{zh ? '邮件与导出' : 'Email and export'}</h4>
      {counts ? (
        <p data-testid="delivery-counts">
          {zh ? '排队' : 'Queued'} {counts.queued} · {zh ? '已发' : 'Sent'} {counts.sent} · {zh ? '失败' : 'Failed'} {counts.failed} ·{' '}
          {zh ? '屏蔽' : 'Suppressed'} {counts.suppressed}
          {counts.uncertain > 0 ? ` · ${zh ? '状态不明' : 'Uncertain'} ${counts.uncertain}` : null}
        </p>
      ) : null}
      {counts && counts.uncertain > 0 ? (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void resendUncertain()}>
          {zh ? `重发状态不明的 ${counts.uncertain} 封` : `Resend ${counts.uncertain} uncertain`}
        </Button>
      ) : null}
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void sendTest()}>
        {zh ? '发送测试邮件给我' : 'Send test to me'}
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void exportAs('wechat')}>
        {zh ? '复制为公众号格式' : 'Copy for WeChat'}
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void exportAs('email')}>
        {zh ? '下载邮件 HTML' : 'Download email HTML'}
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void exportAs('markdown')}>
        {zh ? '下载 Markdown' : 'Download Markdown'}
      </Button>
    </div>
  )
}
