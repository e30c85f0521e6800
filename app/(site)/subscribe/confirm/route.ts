import type { NextRequest } from 'next/server'

import { confirm } from '../../_data/subscriptions'

/** The link in the confirmation mail: confirms, then shows the result page. */
export async function GET(request: NextRequest) {
  const outcome = await confirm(request.nextUrl.searchParams.get('token'))
  const target = outcome.ok ? '/subscribe/confirmed' : '/subscribe?error=expired'
  return Response.redirect(new URL(target, request.nextUrl.origin), 303)
}
