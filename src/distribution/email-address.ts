/*
 * Subscriber addresses are stored normalised (trimmed, lower-case), so one person is one record
 * whatever they typed. The check is the practical one of the HTML email input: one @, a dotted domain.
 */
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

export const normaliseEmail = (raw: string): string => raw.trim().toLowerCase()

/** The normalised address, or null when it is not one a mail server could deliver to. */
export function parseEmail(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const email = normaliseEmail(raw)
  if (email.length > 254 || !EMAIL.test(email)) return null
  return email
}
