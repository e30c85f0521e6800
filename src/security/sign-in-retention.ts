/**
 * How long the sign-in audit trail (`sign-in-events`) keeps its rows. Older rows are deleted on a
 * schedule; the throttle only ever reads the last quarter of an hour, so any whole number of days works.
 */
export const SIGN_IN_RETENTION_SETTING = 'ZHIKU_SIGN_IN_RETENTION_DAYS'
export const DEFAULT_SIGN_IN_RETENTION_DAYS = 180

const MAX_DAYS = 100 * 365
const DAY_MS = 24 * 60 * 60 * 1000

export function signInRetentionDays(setting: string | undefined): number {
  const text = (setting ?? '').trim()
  if (text === '') return DEFAULT_SIGN_IN_RETENTION_DAYS
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_DAYS) {
    throw new Error(`${SIGN_IN_RETENTION_SETTING} must be a whole number of days from 1 to ${MAX_DAYS}, not "${setting}" (default ${DEFAULT_SIGN_IN_RETENTION_DAYS}).`)
  }
  return Number(text)
}

/** Rows created before this moment are past their retention. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}
