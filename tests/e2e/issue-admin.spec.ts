import { signedIn } from './helpers'
import { expect, test } from './test'


test('an editor creates and edits a draft issue in the admin, and cannot publish it from the form', async ({ browser }) => {
  const stamp = Date.now().toString(36)
  const page = await signedIn(browser, 'editor@example.com')
  await page.goto('/admin/collections/issues/create')
  await page.locator('#field-title').fill(`后台创建的期刊 ${stamp}`)
  const newsletter = page.locator('#field-newsletter')
  await newsletter.click()
  await page.locator('.rs__option', { hasText: '海外智库观察' }).first().click()
  await page.locator('#field-number').fill(String(2000 + Math.floor(Math.random() * 100000)))
  await page.locator('#field-slug').fill(`admin-issue-${stamp}`)
  await expect(page.getByRole('button', { name: '发布', exact: true })).toHaveCount(0)
  await page.locator('#action-save-draft').click()
  await expect(page).toHaveURL(/\/admin\/collections\/issues\/\d+$/)
  await expect(page.getByTestId('workflow-stage')).toHaveText('草稿')

  await page.locator('#field-title').fill(`后台修改后的期刊 ${stamp}`)
  await page.locator('#action-save-draft').click()
  await expect(page.locator('.payload-toast-container')).not.toContainText('流程字段')
  await page.reload()
  await expect(page.locator('#field-title')).toHaveValue(`后台修改后的期刊 ${stamp}`)
})
