import { cookies } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isSiteLanguage } from '../../../src/i18n/site-text'
import { LANGUAGE_COOKIE } from '../_data/viewer'

/** `/lang?to=en` switches the site chrome's language and returns to the page the reader came from. */
export async function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to')
  const referer = request.headers.get('referer')
  const back = referer && new URL(referer).origin === request.nextUrl.origin ? new URL(referer).pathname + new URL(referer).search : '/'
  if (isSiteLanguage(to)) {
    ;(await cookies()).set(LANGUAGE_COOKIE, to, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  }
  return NextResponse.redirect(new URL(back, request.nextUrl.origin), 303)
}
