/** What the sign-in audit trail records: the kind of attempt and how it ended. */
export const SIGN_IN_KINDS = ['sign-in', 'forgot-password'] as const
export const SIGN_IN_OUTCOMES = ['succeeded', 'failed', 'throttled', 'requested'] as const

export type SignInKind = (typeof SIGN_IN_KINDS)[number]
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number]
