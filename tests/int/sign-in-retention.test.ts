import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAINTENANCE_QUEUE, PRUNE_SIGN_IN_EVENTS_TASK } from '../../services/security/prune-sign-in-events'
import { SLUGS } from '../../src/collection-slugs'
import { createUser, unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

const DAY = 24 * 60 * 60 * 1000

/** A sign-in event recorded `daysAgo` days ago, as the sign-in guard writes them. */
async function eventFrom(daysAgo: number, email: string) {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString()
  return payload.create({
    collection: SLUGS.signInEvents,
    data: { email, kind: 'sign-in', outcome: 'failed', address: '192.0.2.1', createdAt: at, updatedAt: at },
    overrideAccess: true,
  })
}

const remaining = async (email: string) =>
  (await payload.find({ collection: SLUGS.signInEvents, where: { email: { equals: email } }, limit: 10, overrideAccess: true })).docs.map((doc) => doc.id)

describe('sign-in audit retention', () => {
  it('the nightly job deletes events older than the retention (180 days by default) and keeps recent ones', async () => {
    const email = `retention-${unique()}@example.test`
    const old = [await eventFrom(400, email), await eventFrom(181, email)]
    const recent = [await eventFrom(179, email), await eventFrom(0, email)]
    expect(await remaining(email)).toHaveLength(4)

    await payload.jobs.queue({ task: PRUNE_SIGN_IN_EVENTS_TASK, queue: MAINTENANCE_QUEUE, input: {} })
    await payload.jobs.run({ queue: MAINTENANCE_QUEUE })

    const left = await remaining(email)
    expect(left.sort()).toEqual(recent.map((doc) => doc.id).sort())
    for (const doc of old) expect(left).not.toContain(doc.id)
  })

  it('follows ZHIKU_SIGN_IN_RETENTION_DAYS', async () => {
    const email = `retention-${unique()}@example.test`
    await eventFrom(10, email)
    const twoDays = await eventFrom(2, email)
    process.env.ZHIKU_SIGN_IN_RETENTION_DAYS = '7'
    try {
      await payload.jobs.queue({ task: PRUNE_SIGN_IN_EVENTS_TASK, queue: MAINTENANCE_QUEUE, input: {} })
      await payload.jobs.run({ queue: MAINTENANCE_QUEUE })
    } finally {
      delete process.env.ZHIKU_SIGN_IN_RETENTION_DAYS
    }
    expect(await remaining(email)).toEqual([twoDays.id])
  })

  it('is scheduled: the maintenance queue’s scheduler queues the prune for the next 03:00', async () => {
    const result = await payload.jobs.handleSchedules({ queue: MAINTENANCE_QUEUE })
    const queued = [...result.queued, ...result.skipped].find((entry) => entry.taskConfig?.slug === PRUNE_SIGN_IN_EVENTS_TASK)
    expect(queued).toBeDefined()
    expect(queued?.waitUntil?.getHours()).toBe(3)
    expect(queued!.waitUntil!.getTime() - Date.now()).toBeLessThanOrEqual(DAY)
  })

  it('stays append-only for everyone else: nobody deletes an event through Payload, the system included', async () => {
    const event = await eventFrom(400, `retention-${unique()}@example.test`)
    await expect(payload.delete({ collection: SLUGS.signInEvents, id: event.id, overrideAccess: true })).rejects.toThrow(/只能追加/)
  })

  it('keeps the scheduler’s bookkeeping from staff who are not admins (they could stop the pruning)', async () => {
    const editorToken = await login((await createUser(payload, ['editor'])).email)
    expect((await rest('GET', '/globals/payload-jobs-stats', { token: editorToken })).status).toBe(403)
    const rewrite = await rest('POST', '/globals/payload-jobs-stats', { token: editorToken, json: { stats: {} } })
    expect(rewrite.status).toBe(403)
    const adminToken = await login((await createUser(payload, ['admin'])).email)
    expect((await rest('GET', '/globals/payload-jobs-stats', { token: adminToken })).status).toBe(200)
  })
})
