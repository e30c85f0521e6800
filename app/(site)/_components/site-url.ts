import { headers } from 'next/headers'

/** The site's public origin: SERVER_URL when set, else the origin this request came to. */
export async function siteOrigin(): Promise<string> {
  if (process.env.SERVER_URL) return process.env.SERVER_URL.replace(/\/$/, '')
  const list = await headers()
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000'
  const protocol = list.get('x-forwarded-proto') ?? 'http'
  return `${protocol}://${host}`
}
