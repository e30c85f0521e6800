import { cookies } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isSiteLanguage } from '../../../src/i18n/site-text'
import { refererPathOn } from '../../../src/security/same-site-path'
import { LANGUAGE_COOKIE } from '../_data/viewer'

/** `/lang?to=en` switches the site chrome's language and returns to the page the reader came from. */
export async function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to')
  if (!isSiteLanguage(to)) return new Response('Choose a language with ?to=zh or ?to=en.', { status: 400 })
  const back = refererPathOn(request.headers.get('referer'), request.nextUrl.origin) ?? '/'
  ;(await cookies()).set(LANGUAGE_COOKIE, to, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  return NextResponse.redirect(new URL(back, request.nextUrl.origin), 303)
}
