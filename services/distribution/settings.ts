/*
 * Sending settings, read from the environment each time (documented in README and .env.example).
 */
const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw)
  return Number.isFinite(value) && value >= 0 && raw !== undefined && raw !== '' ? value : fallback
}

export type SendSettings = {
  /** Ledger rows loaded and sent per batch. */
  batchSize: number
  /** Messages in flight at once within a batch. */
  concurrency: number
  /** Messages per second at most (0: no limit). */
  ratePerSecond: number
  /** Messages one job run sends before it hands over to a follow-up job (0: no cap). */
  maxPerRun: number
  /** First retry delay after a temporary SMTP failure; it quadruples per attempt. */
  retryBaseSeconds: number
  /**
   * How long a message may sit in its hand-over to SMTP (or a send job go without a sign of life)
   * before it is taken as cut off by a crash: above nodemailer's own timeouts (socket: 10 minutes).
   */
  staleSeconds: number
}

export const sendSettings = (): SendSettings => ({
  batchSize: Math.max(1, positive(process.env.ZHIKU_NEWSLETTER_BATCH_SIZE, 100)),
  concurrency: Math.max(1, positive(process.env.ZHIKU_NEWSLETTER_CONCURRENCY, 8)),
  ratePerSecond: positive(process.env.ZHIKU_NEWSLETTER_RATE_PER_SECOND, 0),
  maxPerRun: positive(process.env.ZHIKU_NEWSLETTER_MAX_PER_RUN, 0),
  retryBaseSeconds: positive(process.env.ZHIKU_NEWSLETTER_RETRY_SECONDS, 30),
  staleSeconds: positive(process.env.ZHIKU_NEWSLETTER_STALE_SECONDS, 900),
})

/** The public origin links in mail point to: SERVER_URL, or the demo's local address. */
export const publicOrigin = (): string => (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

export const issueUrlFor = (slug: string): string => `${publicOrigin()}/issues/${encodeURIComponent(slug)}`

export const NEWSLETTER_QUEUE = 'newsletter-send'
export const NEWSLETTER_TASK = 'send-newsletter'

/** `req.context` key naming where a release comes from (src/distribution/mail-policy.ts); the chain names none. */
export const RELEASE_ORIGIN = 'releaseOrigin'
