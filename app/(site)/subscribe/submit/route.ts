import type { NextRequest } from 'next/server'

import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '../../../../src/security/client-address'
import { subscribe } from '../../_data/subscriptions'

const seeOther = (request: NextRequest, path: string) => Response.redirect(new URL(path, request.nextUrl.origin), 303)

/** The /subscribe form's target: subscribes, then 303 to a page (so reloading does not post again). */
export async function POST(request: NextRequest) {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return seeOther(request, '/subscribe?error=invalid')
  }
  // The honeypot: a person never sees this field.
  const honeypot = form.get('website')
  if (typeof honeypot === 'string' ? honeypot !== '' : honeypot !== null) return seeOther(request, '/subscribe/thanks')
  const outcome = await subscribe({
    email: form.get('email'),
    newsletter: form.get('newsletter') ?? undefined,
    locale: form.get('locale') ?? undefined,
    clientAddress: clientAddressOf(request.headers.get(CLIENT_ADDRESS_HEADER)),
    form: '/subscribe',
    source: 'subscribe-form',
  })
  if (outcome.kind === 'invalid') return seeOther(request, '/subscribe?error=invalid')
  if (outcome.kind === 'rate-limited') return seeOther(request, '/subscribe?error=rate')
  return seeOther(request, '/subscribe/thanks')
}
