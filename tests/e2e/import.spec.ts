import { readFileSync } from 'node:fs'

import { signedIn } from './helpers'
import { expect, test } from './test'

test('an editor previews the seed issue in the admin upload, sees the checks, and imports it', async ({ browser }) => {
  const page = await signedIn(browser, 'editor@example.com')
  await page.goto('/admin/collections/issues')
  await page.getByRole('link', { name: '导入往期 →' }).click()
  await expect(page).toHaveURL(/\/admin\/import$/)
  await expect(page.getByRole('heading', { name: '导入往期' })).toBeVisible()

  const text = readFileSync('tests/fixtures/seed-issue.txt', 'utf8').replace('海外智库观察\n', `海外智库观察\n浏览器导入测试 ${Date.now()}，用于检查导入流程。\n`)
  await page.locator('#import-file').setInputFiles({ name: 'seed-issue.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await page.getByRole('button', { name: '预览' }).click()
  const report = page.getByTestId('import-report')
  await expect(report.getByRole('heading', { name: '预览：将要创建' })).toBeVisible()
  await expect(page.getByTestId('import-checks')).toContainText('brookings institution')
  await expect(page.getByTestId('import-checks')).toContainText('"csis" should be written "CSIS"')

  await page.getByRole('button', { name: '确认导入' }).click()
  await expect(report.getByRole('heading', { name: '已导入' })).toBeVisible()
  await page.getByRole('link', { name: '打开导入的期刊' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/issues\/\d+$/)
  await expect(page.getByTestId('workflow-stage')).toHaveText('草稿')
  await expect(page.getByTestId('workflow-findings')).toContainText('标题中的中英文智库名称不一致')
})
