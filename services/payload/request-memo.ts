import type { PayloadRequest } from 'payload'

/** Loads once per request, however many hooks, access rules or loops ask for the same thing. */
export function memoInRequest<T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> {
  const cached = req.context[key] as Promise<T> | undefined
  if (cached) return cached
  const pending = load()
  req.context[key] = pending
  return pending
}

/** Drops a memoised value once the request itself changed what it was loaded from. */
export function forgetInRequest(req: PayloadRequest, key: string): void {
  delete req.context[key]
}
