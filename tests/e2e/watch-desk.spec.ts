import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { APIRequestContext, Page } from '@playwright/test'

import { apiToken } from './api'
import { signedIn } from './helpers'
import { expect, test } from './test'

/*
 * The watch desk in the browser: a think tank's feed, served on loopback, is polled from the feed health
 * view; its reports land in the inbox, where an editor filters, skips one with a reason and starts an
 * article from another; the article editor opens with the source filled from the lead. Every screen is
 * photographed in Chinese and English (test-results/screens/).
 */

// The fixture feed listens next to the app's port (the server under test may fetch only loopback hosts
// named in ZHIKU_WATCH_ALLOW_HOSTS, playwright.config.ts).
const FEED_PORT = Number(process.env.E2E_FEED_PORT || Number(process.env.E2E_PORT || 3311) + 2)
const SCREENS = 'test-results/screens'

const stamp = `${Date.now().toString(36)}`
const REPORTS = [
  {
    path: `/reports/${stamp}-chips`,
    title: `Export Controls on AI Chips ${stamp}`,
    summary: 'How allied export controls on advanced semiconductors changed in 2025.',
    author: 'Jane Doe',
    date: 'Mon, 01 Dec 2025 08:00:00 GMT',
  },
  {
    path: `/reports/${stamp}-ports`,
    title: `Ports and Power in the Indo-Pacific ${stamp}`,
    summary: 'A survey of port investments and naval access across the region.',
    author: 'John Roe',
    date: 'Tue, 02 Dec 2025 08:00:00 GMT',
  },
]

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function rss(base: string, reports: typeof REPORTS): string {
  const items = reports.map(
    (report) => `<item><title>${escapeXml(report.title)}</title><link>${base}${report.path}?utm_source=rss</link>` +
      `<description>${escapeXml(`<p>${report.summary}</p>`)}</description><dc:creator>${report.author}</dc:creator><pubDate>${report.date}</pubDate></item>`,
  ).join('')
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Fixture think tank</title><link>${base}/</link><description>Reports</description>${items}</channel></rss>`
}

let server: Server
let base: string
// The server's scheduler polls a new feed at the top of the next minute: until the test polls it from
// its row, the fixture serves an empty channel, so the leads the row's button reports are its own.
let serving: typeof REPORTS = []

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' })
      response.end(rss(base, serving))
      return
    }
    if (request.url === '/broken.xml') {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end('upstream is down')
      return
    }
    const report = REPORTS.find((candidate) => request.url?.startsWith(candidate.path))
    response.writeHead(report ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(report ? `<html><head><title>${escapeXml(report.title)}</title></head><body><p>${escapeXml(report.summary)}</p></body></html>` : 'not found')
  })
  server.listen(FEED_PORT, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  server.close()
  await once(server, 'close')
})

async function post(request: APIRequestContext, token: string, path: string, data: unknown) {
  const response = await request.post(`/api/${path}`, { headers: { Authorization: `JWT ${token}` }, data })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc
}

async function screen(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true })
}

// The scheduled poll runs at second 0 of each minute (services/watch/poll-task.ts); the test's own poll waits
// until the last one has had time to finish and the next is far enough off.
async function clearOfScheduledPoll() {
  const second = new Date().getSeconds()
  if (second < 8 || second > 45) await new Promise((resolve) => setTimeout(resolve, ((68 - second) % 60) * 1000))
}

const useEnglish = async (page: Page) => {
  await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: new URL(page.url()).origin }])
}

test('an editor polls a feed, works the inbox and starts an article whose editor shows the source', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const token = await apiToken(request, 'editor@example.com')
  const thinkTank = await post(request, token, 'think-tanks', { name: `观察测试研究院${stamp}`, nameEn: `Watch Test Institute ${stamp}`, acronym: 'WTI' })
  const feed = await post(request, token, 'feeds', { url: `${base}/feed.xml`, thinkTank: thinkTank.id })
  const broken = await post(request, token, 'feeds', { url: `${base}/broken.xml`, thinkTank: thinkTank.id })

  const page = await signedIn(browser, 'editor@example.com')

  // Feed health: poll the good feed and the broken one now, from their rows.
  await page.goto('/admin/feed-health')
  await expect(page.getByRole('heading', { name: '订阅源状态' })).toBeVisible()
  const feedRow = page.locator(`[data-testid="feed-row"][data-feed="${feed.id}"]`)
  const brokenRow = page.locator(`[data-testid="feed-row"][data-feed="${broken.id}"]`)
  await clearOfScheduledPoll()
  serving = REPORTS
  await feedRow.getByRole('button', { name: '立即抓取' }).click()
  await expect(page.locator('.toast-success, [data-sonner-toast][data-type="success"]').first()).toContainText('2 条新线索')
  await expect(feedRow).toContainText('正常')
  await brokenRow.getByRole('button', { name: '立即抓取' }).click()
  await expect(brokenRow).toContainText('失败')
  await expect(brokenRow.getByTestId('feed-error')).not.toBeEmpty()
  // The stored failure is shown in the admin's language: Chinese here, English below.
  await expect(brokenRow.getByTestId('feed-error')).toContainText(/[\u4e00-\u9fff]/)
  await screen(page, 'watch-feed-health-zh')

  // The inbox: newest first, found by the think tank's Chinese name.
  await page.goto('/admin/inbox')
  await page.locator('#inbox-q').fill(`观察测试研究院${stamp}`)
  await page.getByRole('button', { name: '筛选' }).click()
  await expect(page).toHaveURL(/q=/)
  const rows = page.getByTestId('inbox-lead')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText(REPORTS[1]!.title)
  await expect(rows.nth(1)).toContainText(REPORTS[0]!.title)
  await expect(rows.nth(0)).toContainText('新线索')
  await expect(rows.nth(0).getByRole('link', { name: '打开原文' })).toHaveAttribute('href', `${base}${REPORTS[1]!.path}`)
  await screen(page, 'watch-inbox-zh')

  // English words find the same report.
  await page.locator('#inbox-q').fill(`indo-pacific ${stamp}`)
  await page.getByRole('button', { name: '筛选' }).click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(REPORTS[1]!.title)

  // Claim it, then skip it with a reason.
  await rows.first().getByRole('button', { name: '认领' }).click()
  await expect(rows.first()).toContainText('已认领')
  await expect(rows.first()).toContainText('认领人: 演示编辑')
  await rows.first().getByRole('button', { name: '跳过' }).click()
  const drawer = page.getByRole('dialog')
  await drawer.getByRole('button', { name: '确认跳过' }).click()
  await expect(page.locator('[data-sonner-toast][data-type="error"]').first()).toContainText('请填写跳过理由')
  await drawer.locator('textarea').fill('与本期主题无关')
  await drawer.getByRole('button', { name: '确认跳过' }).click()
  await expect(rows.first()).toContainText('已跳过')
  await expect(rows.first()).toContainText('跳过理由: 与本期主题无关')

  // Start an article from the other report: the article editor opens with the source filled in.
  await page.goto(`/admin/inbox?thinkTank=${thinkTank.id}&status=new`)
  await expect(rows).toHaveCount(1)
  await screen(page, 'watch-inbox-filtered-zh')
  await rows.first().getByRole('button', { name: '开始写稿' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+$/)
  const sources = page.locator('#field-sources')
  await expect(sources).toContainText(REPORTS[0]!.title)
  await expect(page.locator('#field-thinkTank')).toContainText(`观察测试研究院${stamp}`)
  await screen(page, 'watch-article-zh')
  const articleUrl = page.url()

  // The lead is used and links to its article; the dashboard counts new leads and draws the chart.
  await page.goto(`/admin/inbox?thinkTank=${thinkTank.id}`)
  await expect(rows.filter({ hasText: REPORTS[0]!.title })).toContainText('已采用')
  await expect(rows.filter({ hasText: REPORTS[0]!.title }).getByRole('link', { name: '打开稿件' })).toHaveAttribute('href', new URL(articleUrl).pathname)
  await page.goto('/admin')
  const summary = page.getByTestId('watch-summary')
  await expect(summary.getByRole('heading', { name: '智库动态' })).toBeVisible()
  await expect(summary.getByTestId('new-leads')).toContainText('条新线索待处理')
  await screen(page, 'watch-dashboard-zh')

  // The same screens in English.
  await useEnglish(page)
  await page.goto('/admin/feed-health')
  await expect(page.getByRole('heading', { name: 'Feed health' })).toBeVisible()
  await expect(brokenRow).toContainText('Failing')
  await expect(brokenRow.getByTestId('feed-error')).not.toContainText(/[\u4e00-\u9fff]/)
  await expect(brokenRow.getByTestId('feed-error')).not.toBeEmpty()
  await screen(page, 'watch-feed-health-en')
  await page.goto(`/admin/inbox?thinkTank=${thinkTank.id}`)
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible()
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: REPORTS[1]!.title })).toContainText('Skipped')
  await screen(page, 'watch-inbox-en')
  await page.goto(articleUrl)
  await expect(page.locator('#field-sources')).toContainText(REPORTS[0]!.title)
  await screen(page, 'watch-article-en')
  await page.goto('/admin')
  await expect(page.getByTestId('watch-summary').getByRole('heading', { name: 'Think-tank watch' })).toBeVisible()
  await screen(page, 'watch-dashboard-en')
})

test('a reviewer reads the inbox but cannot triage, in the browser or over REST', async ({ browser, request }) => {
  const page = await signedIn(browser, 'reviewer@example.com')
  await page.goto('/admin/inbox')
  await expect(page.getByRole('heading', { name: '收件箱' })).toBeVisible()
  await expect(page.getByText('你可以查看线索；认领、跳过和写稿由编辑和管理员操作。')).toBeVisible()
  await expect(page.getByRole('button', { name: '认领' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '开始写稿' })).toHaveCount(0)
  await screen(page, 'watch-inbox-reviewer-zh')

  const editor = await apiToken(request, 'editor@example.com')
  const lead = await post(request, editor, 'leads', { url: `${base}/reports/${stamp}-direct`, title: `Direct lead ${stamp}` })
  const reviewer = await apiToken(request, 'reviewer@example.com')
  const headers = { Authorization: `JWT ${reviewer}` }
  expect((await request.patch(`/api/leads/${lead.id}`, { headers, data: { status: 'claimed' } })).status()).toBe(403)
  expect((await request.post(`/api/leads/${lead.id}/start-article`, { headers, data: {} })).status()).toBe(403)
  expect((await request.post('/api/feeds/poll', { headers, data: {} })).status()).toBe(403)
})
