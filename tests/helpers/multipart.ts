import config from '@payload-config'
import { handleEndpoints } from 'payload'

import { toResult, type HttpResult } from './http'

/** Uploads a file as multipart/form-data through Payload's own handler; `fields` go in the query string. */
export async function upload(
  path: string,
  {
    token,
    file,
    filename,
    fields = {},
    headers: extra = {},
  }: { token?: string; file: Uint8Array; filename: string; fields?: Record<string, string>; headers?: Record<string, string> },
): Promise<HttpResult> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), filename)
  const query = new URLSearchParams(fields).toString()
  const headers = new Headers(extra)
  if (token) headers.set('authorization', `JWT ${token}`)
  return toResult(
    await handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}${query ? `?${query}` : ''}`, { method: 'POST', headers, body: form }) }),
  )
}
