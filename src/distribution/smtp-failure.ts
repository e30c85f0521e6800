/*
 * What a failed SMTP send means for a delivery: a 4xx reply, a dropped or refused connection or a
 * timeout is temporary (try again later, with backoff); a 5xx reply is permanent for that address.
 */
export type SmtpFailure = { kind: 'temporary' | 'permanent'; message: string }

const TEMPORARY_CODES = new Set(['ECONNECTION', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPIPE'])

export function classifySmtpFailure(error: unknown): SmtpFailure {
  const details = (error ?? {}) as { responseCode?: unknown; code?: unknown; message?: unknown }
  const message = typeof details.message === 'string' ? details.message.slice(0, 500) : String(error).slice(0, 500)
  if (typeof details.responseCode === 'number') {
    return { kind: details.responseCode >= 500 ? 'permanent' : 'temporary', message }
  }
  if (typeof details.code === 'string' && TEMPORARY_CODES.has(details.code)) return { kind: 'temporary', message }
  return { kind: 'temporary', message }
}

/** Attempts after which a temporary failure is given up on (the delivery stays `failed`). */
export const MAX_DELIVERY_ATTEMPTS = 5

/** Seconds to wait before attempt `attempt + 1`: 30 s, 2 min, 8 min, 32 min… */
export const retryDelaySeconds = (attempt: number): number => 30 * 4 ** Math.max(0, attempt - 1)
