/** An account's e-mail as Payload stores it: trimmed, lower-case. */
export const normaliseAccountEmail = (value: unknown): string | null => (typeof value === 'string' ? value.trim().toLowerCase() : null)

/** The change a save makes to an account's e-mail, or null when it keeps the stored one (forms send it unchanged). */
export function emailChangeOf(stored: string | null | undefined, given: unknown): { from: string; to: string } | null {
  if (given === undefined) return null
  const to = normaliseAccountEmail(given)
  const from = normaliseAccountEmail(stored) ?? ''
  if (to === null) return { from, to: typeof given === 'number' ? String(given) : JSON.stringify(given) }
  return to === from ? null : { from, to }
}
