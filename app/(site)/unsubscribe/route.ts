import type { NextRequest } from 'next/server'

import { escapeMarkup } from '../../../src/feeds/text'
import { subscriptionByToken, unsubscribeByToken } from '../_data/subscriptions'

/*
 * `GET /unsubscribe?token=…` shows a page with one button; `POST` unsubscribes at once. Mail providers
 * send the RFC 8058 one-click POST (body `List-Unsubscribe=One-Click`) from their own servers, so this
 * route takes cross-site POSTs (proxy.ts): it uses no cookie, the signed token is the credential.
 */
const page = (status: number, title: string, body: string) =>
  new Response(
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeMarkup(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>${escapeMarkup(title)}</h1>${body}<p><a href="/">智库观察 Zhiku</a></p></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )

const INVALID = () => page(400, '链接无效或已过期 · Link not valid', '<p>This unsubscribe link is not valid or has expired. 请使用最近一封邮件中的退订链接。</p>')

export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token')
  const found = await subscriptionByToken(token)
  if (!found.ok) return INVALID()
  const action = `/unsubscribe?token=${encodeURIComponent(token ?? '')}`
  if (found.subscriber.status === 'unsubscribed') return page(200, '已退订 · Unsubscribed', `<p>${escapeMarkup(found.subscriber.email)} 已退订。</p>`)
  return page(
    200,
    '退订 · Unsubscribe',
    `<p>${escapeMarkup(found.subscriber.email)}</p><form method="post" action="${escapeMarkup(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">确认退订 Unsubscribe</button></form><p><a href="${escapeMarkup(`/subscribe/preferences?token=${encodeURIComponent(token ?? '')}`)}">只想改专栏或语言？Change preferences instead</a></p>`,
  )
}

export async function POST(request: NextRequest) {
  const outcome = await unsubscribeByToken(request.nextUrl.searchParams.get('token'))
  if (!outcome.ok) return INVALID()
  return page(200, '已退订 · Unsubscribed', `<p>${escapeMarkup(outcome.subscriber.email)} 不会再收到我们的邮件。You will get no more emails from us.</p>`)
}
