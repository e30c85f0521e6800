import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'

import { draftIssue, lexicalBody, publishThroughChain, wholeSitemap } from './api'
import { signedIn } from './helpers'
import { expect, test } from './test'

const DEMO_ISSUE = '/issues/ai-governance-standards-competition'

test('a reader walks home → archive → issue → article → think tank → search', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation').getByRole('link', { name: '往期' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '往期' })).toBeVisible()
  await page.getByRole('link', { name: '中美人工智能治理标准的制度竞争' }).click()
  await expect(page).toHaveURL(new RegExp(`${DEMO_ISSUE}$`))
  await page.getByRole('link', { name: '美国推动ai标准的法律基础与国际结构战略' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('美国推动ai标准的法律基础与国际结构战略')
  await expect(page.getByRole('link', { name: '中美人工智能治理标准的制度竞争' })).toBeVisible()
  await page.locator('p.section-think-tank').getByRole('link', { name: '美国战略与国际研究中心' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSIS')
  await expect(page.getByRole('link', { name: '美国推动ai标准的法律基础与国际结构战略' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: '搜索' }).click()
  await page.getByRole('searchbox').fill('出口管制')
  await page.getByRole('button', { name: '搜索' }).click()
  await expect(page).toHaveURL(/\/search\?q=/)
  // Other walks publish issues that mention export controls too: the demo's article must be among the hits.
  const demoHit = page.locator('.search-results li').filter({ hasText: '美国推动ai标准的法律基础与国际结构战略' })
  await expect(demoHit).toHaveCount(1)
  await expect(demoHit.locator('mark').first()).toBeVisible()
  await page.getByRole('searchbox').fill('完全不存在的词语')
  await page.getByRole('button', { name: '搜索' }).click()
  await expect(page.getByRole('status')).toContainText('没有找到')
})

test('the English switch changes the site chrome and keeps the content', async ({ page }) => {
  await page.goto(DEMO_ISSUE)
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(new RegExp(`${DEMO_ISSUE}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中美人工智能治理标准的制度竞争')
  await page.getByRole('link', { name: '中文' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})

test('a draft never reaches readers, and staff preview it with a banner', async ({ page, request, browser }) => {
  const stamp = `d${Date.now().toString(36)}`
  const { issue } = await draftIssue(request, { stamp, title: `未发布的草稿 ${stamp}`, headline: `草稿文章 ${stamp}`, body: lexicalBody(`草稿正文 ${stamp}`) })
  for (const path of ['/', '/issues', '/feed.xml', '/atom.xml', '/feed.json']) {
    const response = await page.request.get(path)
    expect(await response.text(), path).not.toContain(stamp)
  }
  expect(await wholeSitemap(page.request)).not.toContain(stamp)
  await page.goto(`/search?q=${stamp}`)
  await expect(page.locator('.search-results')).toHaveCount(0)
  await expect(page.getByRole('status')).toContainText('没有找到')
  expect((await page.goto(`/issues/${issue.slug}`))?.status()).toBe(404)
  expect((await page.goto(`/articles/article-${stamp}`))?.status()).toBe(404)

  const editor = await signedIn(browser, 'editor@example.com')
  await editor.goto(`/preview?path=/issues/${issue.slug}`)
  await expect(editor.getByRole('status').filter({ hasText: '预览' })).toBeVisible()
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`未发布的草稿 ${stamp}`)
  expect((await page.request.get(`/preview?path=/issues/${issue.slug}`, { maxRedirects: 0 })).status()).toBe(401)
})

test('script in a title and a javascript: link in a body are inert', async ({ page, request }) => {
  const stamp = `x${Date.now().toString(36)}`
  const title = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> ${stamp}`
  const { issue } = await draftIssue(request, {
    stamp,
    title,
    headline: `<img src=x onerror="window.__xss=3">标题 ${stamp}`,
    body: lexicalBody('点此查看：', { url: 'javascript:window.__xss=4', label: '恶意链接' }),
  })
  await publishThroughChain(request, issue.id)
  await page.goto(`/issues/${issue.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByText('恶意链接')).toBeVisible()
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0)
  await page.getByText('恶意链接').click()
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
})

async function expectNoSeriousViolations(page: Page, path: string) {
  await page.goto(path)
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`), path).toEqual([])
}

test('axe-core finds no serious or critical violation on any page type', async ({ page }) => {
  for (const path of [
    '/',
    '/issues',
    DEMO_ISSUE,
    '/articles/us-ai-standards-legal-basis',
    '/think-tanks/csis',
    `/topics/${encodeURIComponent('出口管制')}`,
    `/search?q=${encodeURIComponent('出口管制')}`,
    '/corrections',
    '/no-such-page',
  ]) {
    await expectNoSeriousViolations(page, path)
  }
})

test('each issue has canonical, Open Graph and Twitter metadata with a generated share image', async ({ page, request }) => {
  await page.goto(DEMO_ISSUE)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${DEMO_ISSUE}$`))
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '中美人工智能治理标准的制度竞争')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/)
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  const response = await request.get(image!)
  expect(response.headers()['content-type']).toBe('image/png')
  expect((await response.body()).length).toBeGreaterThan(10_000)
})

test('think tanks and topics have feeds a feed reader can parse', async ({ request }) => {
  for (const path of ['/think-tanks/csis/feed.xml', `/topics/${encodeURIComponent('出口管制')}/feed.xml`]) {
    const response = await request.get(path)
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const feed = parseFeed(await response.text())
    expect(feed.items.map((item) => item.title), path).toContain('美国推动ai标准的法律基础与国际结构战略')
  }
  expect((await request.get('/think-tanks/no-such-think-tank/feed.xml')).status()).toBe(404)
})
