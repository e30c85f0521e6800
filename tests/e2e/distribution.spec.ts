import type { Download } from '@playwright/test'

import { decodedBodies } from '../helpers/mail-text'
import { apiToken, draftIssue, lexicalBody, publishThroughChain } from './api'
import { signedIn } from './helpers'
import { mailTo } from './mailbox'
import { expect, test } from './test'

const address = (label: string) => `e2e-${label}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@example.com`

async function subscriberStatus(request: Parameters<typeof apiToken>[0], email: string): Promise<string[]> {
  const token = await apiToken(request, 'admin@example.com')
  const response = await request.get(`/api/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: { status: string }[] }).docs.map((doc) => doc.status)
}

test.describe('the subscribe form without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('subscribes, mails a real confirmation link, and that link confirms', async ({ page, request }) => {
    const email = address('reader')
    await page.goto('/subscribe')
    await page.getByLabel('邮箱').fill(email)
    await page.getByRole('button', { name: '订阅' }).click()
    await expect(page).toHaveURL(/\/subscribe\/thanks$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('请查收确认邮件')
    expect(await subscriberStatus(request, email)).toEqual(['pending'])

    // The confirmation mail, as the SMTP listener received it.
    const [mail] = await mailTo(email, { timeoutMs: 15_000 })
    expect(mail, `no confirmation mail for ${email}`).toBeTruthy()
    const link = /https?:\/\/[^\s"<>]+\/subscribe\/confirm\?token=[A-Za-z0-9._%-]+/.exec(decodedBodies(mail!.raw))?.[0]
    expect(link).toBeTruthy()
    const { pathname, search } = new URL(link!)
    await page.goto(`${pathname}${search}`)
    await expect(page).toHaveURL(/\/subscribe\/confirmed$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('订阅成功')
    expect(await subscriberStatus(request, email)).toEqual(['confirmed'])
  })

  test('answers a filled honeypot like a subscription, and stores and mails nothing', async ({ page, request }) => {
    const email = address('bot')
    await page.goto('/subscribe')
    await page.getByLabel('邮箱').fill(email)
    // A person never sees this field; a bot that fills every field does.
    await page.locator('input[name="website"]').fill('https://spam.example', { force: true })
    await page.getByRole('button', { name: '订阅' }).click()
    await expect(page).toHaveURL(/\/subscribe\/thanks$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('请查收确认邮件')
    expect(await subscriberStatus(request, email)).toEqual([])
    expect(await mailTo(email, { timeoutMs: 3_000 })).toEqual([])
  })
})

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

test('staff export a published issue from its sidebar: WeChat rich text on the clipboard, email HTML and Markdown as downloads', async ({ browser, request }) => {
  const stamp = `x${Date.now().toString(36)}`
  const { issue } = await draftIssue(request, {
    stamp,
    title: `导出测试 ${stamp}`,
    headline: `导出文章 ${stamp}`,
    body: lexicalBody(`导出正文 ${stamp}`, { url: 'https://www.rand.org/other.html', label: '外部链接' }),
  })
  await publishThroughChain(request, issue.id)
  const reference = `https://www.rand.org/pubs/${stamp}.html`
  const page = await signedIn(browser, 'editor@example.com')
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/admin/collections/issues/${issue.id}`)
  await expect(page.getByTestId('delivery-counts')).toBeVisible()

  await page.getByRole('button', { name: '复制为公众号格式' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText('已复制')
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    return item ? await (await item.getType('text/html')).text() : ''
  })
  expect(html).toContain(`导出正文 ${stamp}`)
  expect(html).toContain('参考资料')
  expect(html).toContain(reference)
  expect(html).not.toMatch(/<a [^>]*href="https:\/\/www\.rand\.org/)

  const emailDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载邮件 HTML' }).click()
  const emailFile = await emailDownload
  expect(emailFile.suggestedFilename()).toBe(`issue-${issue.id}-email.html`)
  const emailHtml = await text(emailFile)
  expect(emailHtml).toMatch(/^<!DOCTYPE html/i)
  expect(emailHtml).toContain(`导出文章 ${stamp}`)
  expect(emailHtml).toContain(`href="${reference}"`)

  const markdownDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 Markdown' }).click()
  const markdownFile = await markdownDownload
  expect(markdownFile.suggestedFilename()).toBe(`issue-${issue.id}.md`)
  const markdown = await text(markdownFile)
  expect(markdown).toContain(`# 导出测试 ${stamp}`)
  expect(markdown).toContain(`导出文章 ${stamp}`)
  // Reference-style: the section points at its note, the note's definition carries the URL.
  expect(markdown).toMatch(new RegExp(`^## .*导出文章 ${stamp} \\[1\\]$`, 'm'))
  expect(markdown).toContain(`[1]: ${reference}`)
})
