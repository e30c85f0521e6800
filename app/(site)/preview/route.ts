import config from '@payload-config'
import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { getPayload } from 'payload'

import { isStaff } from '../../../src/access/predicates'
import { sameSitePath } from '../../../src/security/same-site-path'

/** `/preview?path=/issues/x` — staff only: turns on Next.js draft mode and opens the page. */
export async function GET(request: NextRequest) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(user)) return new Response('Log in to the admin as staff to preview unpublished issues.', { status: 401 })
  const path = sameSitePath(request.nextUrl.searchParams.get('path') ?? '/')
  if (!path) return new Response('The preview path must be a path on this site, such as /issues/2025-01.', { status: 400 })
  ;(await draftMode()).enable()
  return NextResponse.redirect(new URL(path, request.nextUrl.origin), 307)
}
