import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

type Refusal = { status: number; message: string; data?: Record<string, unknown> }

const refusalOf = (error: unknown): Refusal | null => {
  if (!error || typeof error !== 'object') return null
  const { status, message, data } = error as { status?: unknown; message?: unknown; data?: unknown }
  if (typeof status !== 'number' || status < 400 || status >= 500) return null
  if (typeof message !== 'string' || !message) return null
  return data && typeof data === 'object' && !Array.isArray(data) ? { status, message, data: data as Record<string, unknown> } : { status, message }
}

/**
 * Payload formats an error without a class name (as its errors have in the minified production
 * build) as "An unknown error occurred."; a refusal (4xx) keeps the reason it was thrown with, and
 * the data it carries (`code`, the issue an import duplicates) as Payload's development build gives it.
 */
export const keepRefusalReasons: AfterErrorHook = ({ error, result }) => {
  const refusal = refusalOf(error)
  const first = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]
  if (!refusal || first?.message !== UNKNOWN) return undefined
  const { status, ...reason } = refusal
  return { response: { errors: [reason] }, status }
}
