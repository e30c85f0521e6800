import { describe, expect, it } from 'vitest'

import { axisMax, chartDays, chartStart, dailyReports, NO_THINK_TANK_KEY, OTHERS_KEY } from '../../src/watch/daily-reports'
import { countFailing, feedHealthState, sortFeedsByHealth } from '../../src/watch/feed-health'
import { inboxSearch, inboxWhere, nextDay, parseDay, parseInboxFilters } from '../../src/watch/inbox-filter'
import { countedNoun } from '../../src/watch/watch-text'

const NOW = new Date('2026-03-31T15:00:00.000Z')

describe('inbox filters', () => {
  it('reads every filter from the address bar', () => {
    expect(parseInboxFilters({ thinkTank: '12', status: 'claimed', from: '2026-03-01', to: '2026-03-31', q: '  人工智能   AI ', page: '3' }, 'number')).toEqual({
      thinkTank: 12,
      status: 'claimed',
      from: '2026-03-01',
      to: '2026-03-31',
      q: '人工智能 AI',
      page: 3,
    })
  })

  it('leaves out what is malformed instead of querying with it', () => {
    expect(parseInboxFilters({ thinkTank: '1 OR 1=1', status: 'deleted', from: '2026-02-30', to: 'yesterday', q: '   ', page: '-4' }, 'number')).toEqual({ page: 1 })
    expect(parseInboxFilters({ thinkTank: '12' }, 'text')).toEqual({ page: 1 })
    expect(parseInboxFilters({ thinkTank: '65f1c0ffee0123456789abcd' }, 'text')).toEqual({ thinkTank: '65f1c0ffee0123456789abcd', page: 1 })
    expect(parseInboxFilters({ status: ['skipped', 'new'] }, 'number')).toEqual({ status: 'skipped', page: 1 })
  })

  it('caps the words searched for', () => {
    expect(parseInboxFilters({ q: '智'.repeat(500) }, 'number').q).toHaveLength(200)
  })

  it('checks calendar days', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29')
    expect(parseDay('2025-02-29')).toBeUndefined()
    expect(nextDay('2025-12-31')).toBe('2026-01-01')
  })

  it('builds one condition per filter, the last day included whole', () => {
    expect(inboxWhere({ page: 1 })).toEqual({ and: [] })
    const where = inboxWhere({ thinkTank: 7, status: 'new', from: '2026-03-01', to: '2026-03-02', q: '兰德', page: 1 })
    expect(where.and.slice(0, 4)).toEqual([
      { thinkTank: { equals: 7 } },
      { status: { equals: 'new' } },
      { publishedAt: { greater_than_equal: '2026-03-01T00:00:00.000Z' } },
      { publishedAt: { less_than: '2026-03-03T00:00:00.000Z' } },
    ])
    const text = where.and[4] as { or: Record<string, unknown>[] }
    expect(text.or.map((condition) => Object.keys(condition)[0])).toEqual([
      'title',
      'summary',
      'url',
      'authors.name',
      'thinkTank.name',
      'thinkTank.nameEn',
      'thinkTank.acronym',
    ])
    expect(text.or[0]).toEqual({ title: { like: '兰德' } })
  })

  it('carries the filters to the next page', () => {
    expect(inboxSearch({ status: 'new', q: 'AI 芯片', page: 1 }, 2)).toBe('?status=new&q=AI+%E8%8A%AF%E7%89%87&page=2')
    expect(inboxSearch({ page: 2 }, 1)).toBe('')
  })
})

describe('the dashboard chart of new reports', () => {
  it('covers the last 30 UTC days, today last', () => {
    const days = chartDays(NOW)
    expect(days).toHaveLength(30)
    expect(days[0]).toBe('2026-03-02')
    expect(days[29]).toBe('2026-03-31')
    expect(chartStart(NOW)).toBe('2026-03-02T00:00:00.000Z')
  })

  it('counts reports per think tank per day by publication date, else by when they were seen', () => {
    const chart = dailyReports(
      [
        { thinkTank: 1, publishedAt: '2026-03-31T01:00:00.000Z', createdAt: '2026-03-31T02:00:00.000Z' },
        { thinkTank: 1, publishedAt: '2026-03-31T23:59:59.000Z', createdAt: '2026-03-31T02:00:00.000Z' },
        { thinkTank: 2, publishedAt: null, createdAt: '2026-03-30T08:00:00.000Z' },
        { thinkTank: 2, publishedAt: '2026-03-01T23:59:59.000Z', createdAt: '2026-03-30T08:00:00.000Z' },
        { thinkTank: null, publishedAt: '2026-03-02T00:00:00.000Z', createdAt: '2026-03-30T08:00:00.000Z' },
        { thinkTank: 3, publishedAt: 'not a date', createdAt: '2026-03-30T08:00:00.000Z' },
      ],
      NOW,
    )
    expect(chart.series.map((band) => [band.key, band.total])).toEqual([
      ['1', 2],
      ['2', 1],
      [NO_THINK_TANK_KEY, 1],
    ])
    expect(chart.series[0]!.counts[29]).toBe(2)
    expect(chart.series[1]!.counts[28]).toBe(1)
    expect(chart.series[2]!.counts[0]).toBe(1)
    expect(chart.dayTotals[29]).toBe(2)
    expect(chart.max).toBe(2)
    expect(chart.total).toBe(4)
  })

  it('gives the busiest think tanks a band each and sums the rest as others', () => {
    const leads = [5, 4, 3, 3, 2, 1, 1, 1].flatMap((count, thinkTank) =>
      Array.from({ length: count }, () => ({ thinkTank: thinkTank + 10, publishedAt: '2026-03-20T00:00:00.000Z', createdAt: '2026-03-20T00:00:00.000Z' })),
    )
    const chart = dailyReports(leads, NOW, { top: 4 })
    expect(chart.series.map((band) => [band.key, band.total])).toEqual([
      ['10', 5],
      ['11', 4],
      ['12', 3],
      ['13', 3],
      [OTHERS_KEY, 5],
    ])
    expect(chart.dayTotals.reduce((sum, count) => sum + count, 0)).toBe(leads.length)
  })

  it('is empty without reports in the window', () => {
    const chart = dailyReports([{ thinkTank: 1, publishedAt: '2025-01-01T00:00:00.000Z', createdAt: '2026-03-31T00:00:00.000Z' }], NOW)
    expect(chart.series).toEqual([])
    expect(chart.max).toBe(0)
  })

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 38, 51, 740].map(axisMax)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 100, 1000])
  })
})

describe('feed health', () => {
  const feeds = [
    { id: 1, active: true, lastFetchedAt: '2026-03-31T10:00:00.000Z', lastStatus: 'ok', errorCount: 0 },
    { id: 2, active: true, lastFetchedAt: '2026-03-31T10:00:00.000Z', lastStatus: 'error', errorCount: 2, failingSince: '2026-03-30T10:00:00.000Z', lastError: 'HTTP 500' },
    { id: 3, active: true, lastFetchedAt: null, errorCount: 0 },
    { id: 4, active: false, lastFetchedAt: '2026-03-01T10:00:00.000Z', lastStatus: 'ok', errorCount: 0 },
    { id: 5, active: true, lastFetchedAt: '2026-03-31T10:00:00.000Z', lastStatus: 'error', errorCount: 9, failingSince: '2026-03-20T10:00:00.000Z', lastError: 'timed out' },
    { id: 6, active: false, lastStatus: 'error', errorCount: 1, failingSince: '2026-03-31T09:00:00.000Z', lastError: 'HTTP 404' },
  ]

  it('names each feed’s state', () => {
    expect(feeds.map(feedHealthState)).toEqual(['ok', 'failing', 'never', 'inactive', 'failing', 'failing'])
    expect(countFailing(feeds)).toBe(3)
  })

  it('puts the longest-failing feeds first and inactive ones last', () => {
    expect(sortFeedsByHealth(feeds).map((feed) => feed.id)).toEqual([5, 2, 6, 3, 1, 4])
  })
})

describe('countedNoun', () => {
  it('says one feed and two feeds in English, and one form in Chinese', () => {
    expect(`1 ${countedNoun('failingFeeds', 1, 'en')}`).toBe('1 feed failing')
    expect(`3 ${countedNoun('failingFeeds', 3, 'en')}`).toBe('3 feeds failing')
    expect(`0 ${countedNoun('newLeads', 0, 'en')}`).toBe('0 new leads')
    expect(`1 ${countedNoun('newLeadsWaiting', 1, 'en')}`).toBe('1 new lead waiting')
    expect(`1 ${countedNoun('failingFeeds', 1, 'zh')}`).toBe('1 个订阅源抓取失败')
    expect(`2 ${countedNoun('newLeads', 2, undefined)}`).toBe('2 条新线索')
  })
})
