/**
 * What the account trail records: the kind of event and how it ended. Sign-ins and password-reset
 * requests are throttled on and pruned after the retention; an e-mail change (who changed which
 * account's address, and from what) is kept.
 */
export const SIGN_IN_KINDS = ['sign-in', 'forgot-password', 'email-change'] as const
/** The kinds the retention prunes (the throttle's own record); account changes stay. */
export const PRUNED_KINDS = ['sign-in', 'forgot-password'] as const
export const SIGN_IN_OUTCOMES = ['succeeded', 'failed', 'throttled', 'requested'] as const

export type SignInKind = (typeof SIGN_IN_KINDS)[number]
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number]
