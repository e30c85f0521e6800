import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

const refusalMessage = (error: unknown): { status: number; message: string } | null => {
  if (!error || typeof error !== 'object') return null
  const { status, message } = error as { status?: unknown; message?: unknown }
  if (typeof status !== 'number' || status < 400 || status >= 500) return null
  return typeof message === 'string' && message ? { status, message } : null
}

/**
 * Payload formats an error without a class name (as its errors have in the minified production
 * build) as "An unknown error occurred."; a refusal (4xx) keeps the reason it was thrown with.
 */
export const keepRefusalReasons: AfterErrorHook = ({ error, result }) => {
  const refusal = refusalMessage(error)
  const first = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]
  if (!refusal || first?.message !== UNKNOWN) return undefined
  return { response: { errors: [{ message: refusal.message }] }, status: refusal.status }
}
