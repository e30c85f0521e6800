import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Lead, ThinkTank, User } from '../../payload-types'
import { readFeedHealth, readInbox, readWatchSummary } from '../../services/watch/admin-reads'
import { backfillLeadSortDates } from '../../services/watch/backfill-lead-sort-dates'
import { SLUGS } from '../../src/collection-slugs'
import { chartDays } from '../../src/watch/daily-reports'
import { parseInboxFilters } from '../../src/watch/inbox-filter'
import { createThinkTank, createUser, unique } from '../helpers/factories'
import { login, rest } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/*
 * The watch desk's admin screens read through services/watch/admin-reads.ts as the signed-in person:
 * the inbox's filters, the feed health order, and the dashboard's counts.
 */

let payload: Payload
let editor: User
let reviewer: User
beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createUser(payload, ['editor'])
  reviewer = await createUser(payload, ['reviewer'])
})

const DAY = 86_400_000

async function createLead(thinkTank: ThinkTank | null, data: Partial<Lead> = {}): Promise<Lead> {
  const id = unique()
  return payload.create({
    collection: SLUGS.leads,
    data: { url: `https://reports.example.org/${id}`, title: `Report ${id}`, status: 'new', ...(thinkTank ? { thinkTank: thinkTank.id } : {}), ...data },
  })
}

const filters = (params: Record<string, string>) => parseInboxFilters(params, 'number')

describe('the inbox', () => {
  it('lists leads newest report first and filters by think tank, status, dates and words in Chinese or English', async () => {
    const rand = await createThinkTank(payload, { name: `兰德测试${unique()}`, nameEn: `Rand Probe ${unique()}`, acronym: 'RPX' })
    const other = await createThinkTank(payload)
    const words = unique()
    const older = await createLead(rand, {
      title: `Semiconductor export controls ${words}`,
      summary: '关于半导体出口管制的分析',
      publishedAt: '2020-01-05T08:00:00.000Z',
      authors: [{ name: 'Ada Lovelace' }],
    })
    const newer = await createLead(rand, { title: `Naval ports ${words}`, summary: 'Ports across the Indo-Pacific', publishedAt: '2020-01-20T08:00:00.000Z', status: 'claimed' })
    const undated = await createLead(rand, { title: `Undated note ${words}` })
    await createLead(other, { title: `Elsewhere ${words}`, publishedAt: '2020-01-21T08:00:00.000Z' })

    const ids = async (params: Record<string, string>) => (await readInbox(payload, editor, filters(params))).leads.map((lead) => lead.id)
    // Newest report first; an undated one stands where it was first seen (today), the same on every database.
    expect(await ids({ thinkTank: String(rand.id) })).toEqual([undated.id, newer.id, older.id])
    expect(await ids({ thinkTank: String(rand.id), status: 'claimed' })).toEqual([newer.id])
    expect(await ids({ thinkTank: String(rand.id), from: '2020-01-05', to: '2020-01-05' })).toEqual([older.id])
    expect(await ids({ thinkTank: String(rand.id), from: '2020-01-06' })).toEqual([newer.id])
    // Words in the title (any case), the Chinese summary, an author, or the think tank's names.
    expect(await ids({ q: `SEMICONDUCTOR ${words}` })).toEqual([older.id])
    expect(await ids({ q: '半导体出口管制', thinkTank: String(rand.id) })).toEqual([older.id])
    expect(await ids({ q: 'lovelace', thinkTank: String(rand.id) })).toEqual([older.id])
    expect(await ids({ q: rand.name })).toEqual([undated.id, newer.id, older.id])
    expect(await ids({ q: rand.nameEn.toLowerCase() })).toEqual([undated.id, newer.id, older.id])
    expect(await ids({ q: words })).toHaveLength(4)
    // The REST list's default order is the same.
    const token = await login(editor.email)
    const listed = await rest('GET', `/leads?where[thinkTank][equals]=${rand.id}&depth=0`, { token })
    expect((listed.body.docs as Array<{ id: number }>).map((lead) => lead.id)).toEqual([undated.id, newer.id, older.id])
  })

  it('keeps sortAt to the publication date (else first seen) on every write, and back-fills leads stored without it', async () => {
    const thinkTank = await createThinkTank(payload)
    const dated = await createLead(thinkTank, { publishedAt: '2020-03-01T00:00:00.000Z' })
    expect(dated.sortAt).toBe('2020-03-01T00:00:00.000Z')
    // Written by hand, it is put right; a new publication date moves it.
    const token = await login(editor.email)
    await rest('PATCH', `/leads/${dated.id}`, { token, json: { sortAt: '2030-01-01T00:00:00.000Z' } })
    expect((await payload.findByID({ collection: SLUGS.leads, id: dated.id, depth: 0 })).sortAt).toBe('2020-03-01T00:00:00.000Z')
    await rest('PATCH', `/leads/${dated.id}`, { token, json: { publishedAt: '2020-04-01T00:00:00.000Z' } })
    expect((await payload.findByID({ collection: SLUGS.leads, id: dated.id, depth: 0 })).sortAt).toBe('2020-04-01T00:00:00.000Z')
    // Leads stored before the field existed (written below the hooks, as the old schema left them).
    const undated = await createLead(thinkTank)
    for (const lead of [dated, undated]) await payload.db.updateOne({ collection: SLUGS.leads, id: lead.id, data: { sortAt: null } })
    expect(await backfillLeadSortDates(payload)).toBeGreaterThanOrEqual(2)
    expect((await payload.findByID({ collection: SLUGS.leads, id: dated.id, depth: 0 })).sortAt).toBe('2020-04-01T00:00:00.000Z')
    expect((await payload.findByID({ collection: SLUGS.leads, id: undated.id, depth: 0 })).sortAt).toBe(undated.createdAt)
    expect(await backfillLeadSortDates(payload)).toBe(0)
  })

  it('is read as the person asking: staff read it, anonymous readers are refused', async () => {
    const thinkTank = await createThinkTank(payload)
    const lead = await createLead(thinkTank)
    const inbox = await readInbox(payload, reviewer, filters({ thinkTank: String(thinkTank.id) }))
    expect(inbox.leads.map((row) => row.id)).toEqual([lead.id])
    expect((await rest('GET', `/leads?where[thinkTank][equals]=${thinkTank.id}`)).status).toBe(403)
    expect((await rest('GET', '/feeds')).status).toBe(403)
    // The views pass the signed-in person on: what they cannot read fails, it is never read as the system.
    const withoutRoles = { ...reviewer, roles: [] }
    await expect(readInbox(payload, withoutRoles, filters({}))).rejects.toMatchObject({ status: 403 })
    await expect(readWatchSummary(payload, withoutRoles, new Date())).rejects.toMatchObject({ status: 403 })
  })

  it('lets an editor claim and skip over REST as the inbox does, and refuses a reviewer', async () => {
    const lead = await createLead(await createThinkTank(payload))
    const reviewerToken = await login(reviewer.email)
    expect((await rest('PATCH', `/leads/${lead.id}`, { token: reviewerToken, json: { status: 'claimed' } })).status).toBe(403)
    const editorToken = await login(editor.email)
    const claimed = await rest('PATCH', `/leads/${lead.id}`, { token: editorToken, json: { status: 'claimed' } })
    expect(claimed.status).toBe(200)
    const afterClaim = await payload.findByID({ collection: SLUGS.leads, id: lead.id, depth: 0 })
    expect(afterClaim.status).toBe('claimed')
    expect(afterClaim.claimedBy).toBe(editor.id)
    expect((await rest('PATCH', `/leads/${lead.id}`, { token: editorToken, json: { status: 'skipped' } })).status).toBe(400)
    expect((await rest('PATCH', `/leads/${lead.id}`, { token: editorToken, json: { status: 'skipped', skipReason: '与本刊无关' } })).status).toBe(200)
    const inbox = await readInbox(payload, editor, filters({ q: lead.title }))
    expect(inbox.leads[0]).toMatchObject({ id: lead.id, status: 'skipped', skipReason: '与本刊无关' })
  })
})

describe('feed health', () => {
  it('puts failing feeds first, longest failing first, with why and since when', async () => {
    const thinkTank = await createThinkTank(payload)
    const id = unique()
    const healthy = await payload.create({ collection: SLUGS.feeds, data: { url: `https://h${id}.example.org/feed`, thinkTank: thinkTank.id, intervalMinutes: 60 } })
    const recent = await payload.create({ collection: SLUGS.feeds, data: { url: `https://r${id}.example.org/feed`, thinkTank: thinkTank.id, intervalMinutes: 60 } })
    const long = await payload.create({ collection: SLUGS.feeds, data: { url: `https://l${id}.example.org/feed`, thinkTank: thinkTank.id, intervalMinutes: 60 } })
    const update = (feedId: number, data: Record<string, unknown>) => payload.update({ collection: SLUGS.feeds, id: feedId, data })
    await update(healthy.id, { lastFetchedAt: '2026-01-10T00:00:00.000Z', lastStatus: 'ok', errorCount: 0 })
    await update(recent.id, { lastFetchedAt: '2026-01-10T00:00:00.000Z', lastStatus: 'error', errorCount: 1, failingSince: '2026-01-10T00:00:00.000Z', lastError: 'HTTP 503' })
    await update(long.id, { lastFetchedAt: '2026-01-10T00:00:00.000Z', lastStatus: 'error', errorCount: 7, failingSince: '2026-01-02T00:00:00.000Z', lastError: 'timed out' })
    const rows = (await readFeedHealth(payload, reviewer)).filter((row) => String(row.thinkTank) === String(thinkTank.id))
    expect(rows.map((row) => row.id)).toEqual([long.id, recent.id, healthy.id])
    expect(rows[0]).toMatchObject({ lastError: 'timed out', errorCount: 7, failingSince: '2026-01-02T00:00:00.000Z' })
    await expect(readFeedHealth(payload, { ...reviewer, roles: [] })).rejects.toMatchObject({ status: 403 })
  })
})

describe('the dashboard', () => {
  it('counts new leads and draws new reports per think tank per day from the database', async () => {
    const now = new Date()
    const days = chartDays(now)
    const busy = await createThinkTank(payload)
    const before = await readWatchSummary(payload, editor, now)
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString()
    await createLead(busy, { publishedAt: at(0) })
    await createLead(busy, { publishedAt: at(0) })
    await createLead(busy, { publishedAt: at(3), status: 'skipped', skipReason: 'off topic' })
    await createLead(busy, { publishedAt: at(45) })
    const after = await readWatchSummary(payload, editor, now)
    expect(after.newLeads - before.newLeads).toBe(3)
    const dayTotal = (summary: typeof after, index: number) => summary.chart.dayTotals[index]!
    expect(dayTotal(after, 29) - dayTotal(before, 29)).toBe(2)
    expect(dayTotal(after, 26) - dayTotal(before, 26)).toBe(1)
    expect(after.chart.total - before.chart.total).toBe(3)
    expect(after.chart.days).toEqual(days)
  })

  it('stays cheap with thousands of leads in the window', async () => {
    const now = new Date()
    const thinkTanks = await Promise.all(Array.from({ length: 12 }, () => createThinkTank(payload)))
    const count = 3000
    // Written 25 at a time (one SQLite writer either way; the hooks' awaits overlap).
    for (let batch = 0; batch < count; batch += 25) {
      await Promise.all(
        Array.from({ length: 25 }, (_, offset) => batch + offset).map((index) =>
          payload.create({
            collection: SLUGS.leads,
            data: { url: `https://bulk.example.org/${unique()}-${index}`, title: `Bulk ${index}`, status: 'new', thinkTank: thinkTanks[index % 12]!.id, publishedAt: new Date(now.getTime() - (index % 30) * DAY).toISOString() },
          }),
        ),
      )
    }
    await readWatchSummary(payload, editor, now)
    const cpu = process.cpuUsage()
    const started = performance.now()
    const summary = await readWatchSummary(payload, editor, now)
    const elapsed = performance.now() - started
    const { user, system } = process.cpuUsage(cpu)
    const cpuMs = (user + system) / 1000
    console.log(`readWatchSummary over ${summary.chart.total} leads in the window: ${elapsed.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`)
    expect(summary.chart.total).toBeGreaterThanOrEqual(count)
    expect(summary.chart.series.length).toBeLessThanOrEqual(8)
    // CPU time, not wall time: the machine running the suite may be shared.
    expect(cpuMs).toBeLessThan(1000)
  }, 240_000)
})
