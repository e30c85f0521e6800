/**
 * A ledger row's life: `queued` → `sending` (marked before the message is handed to SMTP) → `sent`,
 * or back to `queued` (temporary failure), `failed`, `suppressed`. A row left `sending` by a run that
 * died cannot tell whether the SMTP server accepted the message: it is never resent by itself.
 */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'suppressed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
export const DELIVERY_KINDS = ['issue', 'correction'] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/** One ledger row per (mail, subscriber): the unique claim that makes every send happen once. */
export const deliveryClaim = (kind: DeliveryKind, releaseId: string | number, subscriberId: string | number): string =>
  kind === 'issue' ? `${releaseId}:${subscriberId}` : `${kind}:${releaseId}:${subscriberId}`

/**
 * What staff see (GET /api/issues/:id/deliveries): `uncertain` counts messages whose send was cut
 * off between the hand-over to SMTP and the ledger's record of it; a message still in flight counts
 * as queued.
 */
export type DeliveryCounts = { queued: number; sent: number; failed: number; suppressed: number; uncertain: number }

/**
 * A `sending` row whose hand-over started before this moment belongs to a run that is gone: no SMTP
 * exchange lasts that long (the staleness setting is above the SMTP client's own timeouts).
 */
export const uncertainBefore = (now: Date, staleSeconds: number): Date => new Date(now.getTime() - staleSeconds * 1000)
