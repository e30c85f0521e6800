import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { sameSitePath } from '../../../src/security/same-site-path'
import { signedInStaff } from '../_data/viewer'

/** `/preview?path=/issues/x` — staff only: turns on Next.js draft mode and opens the page. */
export async function GET(request: NextRequest) {
  if (!(await signedInStaff(request.headers))) return new Response('Log in to the admin as staff to preview unpublished issues.', { status: 401 })
  const path = sameSitePath(request.nextUrl.searchParams.get('path') ?? '/')
  if (!path) return new Response('The preview path must be a path on this site, such as /issues/2025-01.', { status: 400 })
  ;(await draftMode()).enable()
  return NextResponse.redirect(new URL(path, request.nextUrl.origin), 307)
}
