export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'suppressed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
export const DELIVERY_KINDS = ['issue', 'correction'] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/** One ledger row per (mail, subscriber): the unique claim that makes every send happen once. */
export const deliveryClaim = (kind: DeliveryKind, releaseId: string | number, subscriberId: string | number): string =>
  kind === 'issue' ? `${releaseId}:${subscriberId}` : `${kind}:${releaseId}:${subscriberId}`

export type DeliveryCounts = Record<DeliveryStatus, number>
