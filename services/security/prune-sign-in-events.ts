import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { PRUNED_KINDS } from '../../src/security/sign-in-events'
import { retentionCutoff, SIGN_IN_RETENTION_SETTING, signInRetentionDays } from '../../src/security/sign-in-retention'

export const MAINTENANCE_QUEUE = 'maintenance'
export const PRUNE_SIGN_IN_EVENTS_TASK = 'pruneSignInEvents'

/**
 * Deletes sign-in and password-reset events older than the retention (ZHIKU_SIGN_IN_RETENTION_DAYS,
 * default 180 days); e-mail changes stay.
 * The collection refuses deletes to everyone, the system included (an append-only audit trail), so
 * retention is the one way rows leave it: straight through the database adapter, beneath its hooks.
 */
export async function pruneSignInEvents(payload: Payload, now: Date, req?: PayloadRequest): Promise<{ deleted: number; before: string }> {
  const before = retentionCutoff(now, signInRetentionDays(process.env[SIGN_IN_RETENTION_SETTING])).toISOString()
  const where: Where = { and: [{ createdAt: { less_than: before } }, { kind: { in: [...PRUNED_KINDS] } }] }
  const { totalDocs } = await payload.db.count({ collection: SLUGS.signInEvents, where, req })
  if (totalDocs > 0) {
    await payload.db.deleteMany({ collection: SLUGS.signInEvents, where, req })
    payload.logger.info(`Sign-in events: deleted ${totalDocs} recorded before ${before} (retention).`)
  }
  return { deleted: totalDocs, before }
}

/** Every night at 03:00 (server time), queued by Payload's scheduler and run by the maintenance autoRun. */
export const pruneSignInEventsTask: TaskConfig = {
  slug: PRUNE_SIGN_IN_EVENTS_TASK,
  label: 'Delete sign-in events past their retention',
  schedule: [{ cron: '0 0 3 * * *', queue: MAINTENANCE_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => {
    const { deleted } = await pruneSignInEvents(req.payload, new Date(), req)
    return { output: { deleted } }
  },
}
