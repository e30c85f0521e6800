import type { AfterErrorHook } from 'payload'

type Refusal = { status: number; message: string; data?: Record<string, unknown> }

const refusalOf = (error: unknown): Refusal | null => {
  if (!error || typeof error !== 'object') return null
  const { status, message, data, isPublic } = error as { status?: unknown; message?: unknown; data?: unknown; isPublic?: unknown }
  if (typeof status !== 'number' || status < 400 || status >= 500 || isPublic === false) return null
  if (typeof message !== 'string' || !message) return null
  return data && typeof data === 'object' && !Array.isArray(data) ? { status, message, data: data as Record<string, unknown> } : { status, message }
}

/**
 * Payload formats an error without a class name (as its errors have in the minified production
 * build) as "An unknown error occurred.", and an error it does not take for its own APIError (a copy
 * of the class from another bundle chunk) by its message alone. A refusal (4xx) keeps the reason it
 * was thrown with and the data it carries (`code`, the issue an import duplicates) in every build.
 */
export const keepRefusalReasons: AfterErrorHook = ({ error, result }) => {
  const refusal = refusalOf(error)
  const first = (result as { errors?: { message?: string; data?: unknown }[] } | undefined)?.errors?.[0]
  if (!refusal) return undefined
  const reasonLost = first?.message !== refusal.message
  const dataLost = refusal.data !== undefined && first?.data === undefined
  if (!reasonLost && !dataLost) return undefined
  const { status, ...reason } = refusal
  return { response: { errors: [reason] }, status }
}
