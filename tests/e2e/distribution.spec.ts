import { draftIssue, lexicalBody, publishThroughChain } from './api'
import { signedIn } from './helpers'
import { expect, test } from './test'

test('a reader subscribes with the plain form, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto('/subscribe')
  await page.getByLabel('邮箱').fill(`e2e-${Date.now().toString(36)}@example.com`)
  await page.getByRole('button', { name: '订阅' }).click()
  await expect(page).toHaveURL(/\/subscribe\/thanks$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('请查收确认邮件')
  await context.close()
})

test('staff export a published issue from its sidebar: WeChat rich text on the clipboard, Markdown as a download', async ({ browser, request }) => {
  const stamp = `x${Date.now().toString(36)}`
  const { issue } = await draftIssue(request, {
    stamp,
    title: `导出测试 ${stamp}`,
    headline: `导出文章 ${stamp}`,
    body: lexicalBody(`导出正文 ${stamp}`, { url: 'https://www.rand.org/other.html', label: '外部链接' }),
  })
  await publishThroughChain(request, issue.id)
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
  expect(html).not.toMatch(/<a [^>]*href="https:\/\/www\.rand\.org/)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载 Markdown' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.md$/)
  const stream = await file.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  expect(Buffer.concat(chunks).toString('utf8')).toContain(`# 导出测试 ${stamp}`)
})
