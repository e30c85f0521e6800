import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { generateIssue } from '../helpers/issue-generator'
import { draftIssue, lexicalBody, publishThroughChain, wholeSitemap } from './api'
import { signedIn } from './helpers'
import { expect, test } from './test'

const DEMO_ISSUE = '/issues/ai-governance-standards-competition'

test('reader pages come from the cache with public cache headers, an ETag and 304s', async ({ request }) => {
  await request.get(DEMO_ISSUE)
  const hit = await request.get(DEMO_ISSUE)
  expect(hit.status()).toBe(200)
  const headers = hit.headers()
  expect(headers['x-zhiku-cache']).toMatch(/^(hit|stale)$/)
  expect(headers['cache-control']).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/)
  expect(headers.etag).toMatch(/^"[\w-]+"$/)
  expect(headers['content-security-policy']).toContain("default-src 'self'")
  expect(headers['critical-ch']).toBeUndefined()
  expect(headers['accept-ch']).toBeUndefined()
  const notModified = await request.get(DEMO_ISSUE, { headers: { 'If-None-Match': headers.etag! } })
  expect(notModified.status()).toBe(304)
  expect(await notModified.body()).toHaveLength(0)
  expect((await request.get(DEMO_ISSUE, { headers: { 'If-None-Match': '"something-else"' } })).status()).toBe(200)
  // The admin keeps the colour-scheme hint it reads; icons are served.
  expect((await request.get('/admin/login')).headers()['accept-ch']).toContain('Sec-CH-Prefers-Color-Scheme')
  expect((await request.get('/favicon.ico')).status()).toBe(200)
  expect((await request.get('/apple-icon.png')).headers()['content-type']).toBe('image/png')
})

test('the English chrome and the Chinese one are cached apart', async ({ browser }) => {
  const english = await (await browser.newContext()).newPage()
  await english.goto(DEMO_ISSUE)
  await english.getByRole('link', { name: 'English' }).click()
  await expect(english.locator('html')).toHaveAttribute('lang', 'en')
  const again = await english.goto(DEMO_ISSUE)
  expect(again?.headers()['x-zhiku-cache']).toMatch(/^(hit|stale)$/)
  await expect(english.locator('html')).toHaveAttribute('lang', 'en')
  await expect(english.getByRole('navigation', { name: 'Site' })).toBeVisible()
  const chinese = await (await browser.newContext()).newPage()
  await chinese.goto(DEMO_ISSUE)
  const cachedChinese = await chinese.goto(DEMO_ISSUE)
  expect(cachedChinese?.headers()['x-zhiku-cache']).toMatch(/^(hit|stale)$/)
  await expect(chinese.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(chinese.getByRole('navigation', { name: '站点导航' })).toBeVisible()
})

test('a publish shows on the cached pages at once; preview bypasses the cache', async ({ page, request, browser }) => {
  const stamp = `c${Date.now().toString(36)}`
  for (const path of ['/', '/issues', '/sitemap.xml', '/sitemaps/issues-1.xml', '/feed.xml']) await request.get(path)
  const { issue } = await draftIssue(request, { stamp, title: `缓存测试 ${stamp}`, headline: `缓存文章 ${stamp}`, body: lexicalBody(`缓存正文 ${stamp}`) })

  const editor = await signedIn(browser, 'editor@example.com')
  await editor.goto(`/preview?path=/issues/${issue.slug}`)
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`缓存测试 ${stamp}`)
  const previewHome = await editor.goto('/')
  expect(previewHome?.headers()['x-zhiku-cache']).toBeUndefined()
  await expect(editor.getByRole('status').filter({ hasText: '预览' })).toBeVisible()
  // Readers meanwhile get the cached home page, without the banner.
  const readerHome = await page.goto('/')
  expect(readerHome?.headers()['x-zhiku-cache']).toMatch(/^(hit|stale|miss)$/)
  await expect(page.locator('.preview-banner')).toHaveCount(0)

  await publishThroughChain(request, issue.id)
  for (const path of ['/', '/issues', '/feed.xml']) {
    expect(await (await request.get(path)).text(), path).toContain(issue.slug)
  }
  expect(await wholeSitemap(request)).toContain(`/issues/${issue.slug}`)
})

test('an issue imported by the command line appears on the running site', async ({ request }) => {
  const word = `导入缓存${Date.now().toString(36).replace(/\d/g, '')}`
  const generated = generateIssue(50_000 + (Date.now() % 100_000))
  const searchPath = `/search?q=${encodeURIComponent(word)}`
  await wholeSitemap(request)
  expect(await (await request.get(searchPath)).text()).toContain('没有找到')
  // The empty answer is cached (asked again until it is: the previous test's publish may still be
  // expiring pages through this server's own instance events, which it follows every 150 ms).
  await expect.poll(async () => (await request.get(searchPath)).headers()['x-zhiku-cache']).toMatch(/^(hit|stale)$/)

  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-e2e-import-'))
  const file = path.join(dir, generated.filename)
  writeFileSync(file, generated.text.replace('报告围绕', `报告围绕${word}与`))
  const mongo = process.env.DATABASE_URI?.startsWith('mongodb') ? process.env.DATABASE_URI : undefined
  const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/import.ts', '--archive', '--json', file], {
    env: {
      ...process.env,
      DATABASE_URI: mongo ?? 'file:./data/e2e.db',
      SERVER_URL: '',
      ZHIKU_REVALIDATE_URL: new URL(test.info().project.use.baseURL!).origin,
      ZHIKU_REVALIDATE_SECRET: process.env.ZHIKU_REVALIDATE_SECRET ?? 'e2e-revalidate-secret-0123456789abcdef',
    },
  })
  const slug = (JSON.parse(stdout) as { issue: { slug: string } }).issue.slug
  expect(stderr).toContain('page tags expired')
  expect(await wholeSitemap(request)).toContain(`/issues/${slug}`)
  const found = await (await request.get(searchPath)).text()
  expect(found).not.toContain('没有找到')
  expect(found).toContain(word)
})
