import type { NextRequest } from 'next/server'

import { savePreferences } from '../../../_data/subscriptions'

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return new Response('Send the preferences form.', { status: 400 })
  }
  const newsletters = form.getAll('newsletters').filter((value): value is string => typeof value === 'string').slice(0, 50)
  const outcome = await savePreferences(token, { newsletters, language: form.get('language') })
  if (!outcome.ok) return new Response('This link is not valid or has expired. 链接无效或已过期。', { status: 403 })
  return Response.redirect(new URL(`/subscribe/preferences?token=${encodeURIComponent(token ?? '')}&saved=1`, request.nextUrl.origin), 303)
}
