import config from '@payload-config'
import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { getPayload } from 'payload'

import { isStaff } from '../../../src/access/predicates'

/** `/preview?path=/issues/x` — staff only: turns on Next.js draft mode and opens the page. */
export async function GET(request: NextRequest) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(user)) return new Response('Log in to the admin as staff to preview unpublished issues.', { status: 401 })
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  const safePath = path.startsWith('/') && !path.startsWith('//') ? path : '/'
  ;(await draftMode()).enable()
  return NextResponse.redirect(new URL(safePath, request.nextUrl.origin), 307)
}
