import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { sameSitePath } from '../../../../src/security/same-site-path'

/** `/preview/exit?path=/issues/x` leaves draft mode and returns to a page on this site (the home page by default). */
export async function GET(request: NextRequest) {
  const path = sameSitePath(request.nextUrl.searchParams.get('path') ?? '/')
  if (!path) return new Response('The path must be a path on this site, such as /issues/2025-01.', { status: 400 })
  ;(await draftMode()).disable()
  return NextResponse.redirect(new URL(path, request.nextUrl.origin), 307)
}
