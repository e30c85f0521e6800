import type { Page } from '@playwright/test'

import { expect, test } from './test'

const stamp = Date.now().toString(36)

async function logIn(page: Page, email: string) {
  await page.goto('/admin/login')
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill('demo-password')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

async function chooseRelation(page: Page, field: string, text: string) {
  const control = page.locator(`#field-${field}`)
  await control.click()
  await control.locator('input').fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

test('an editor creates a think tank, a source and an article in the Chinese admin', async ({ page }) => {
  await logIn(page, 'editor@example.com')
  await expect(page.getByRole('heading', { name: '智库', exact: true })).toBeVisible()

  await page.goto('/admin/collections/think-tanks/create')
  await page.locator('#field-name').fill(`兰德公司${stamp}`)
  await page.locator('#field-nameEn').fill(`RAND Corporation ${stamp}`)
  await page.locator('#field-acronym').fill('RAND')
  const domains = page.locator('.field-domains input')
  await domains.fill('rand.org')
  await domains.press('Enter')
  await page.locator('#action-save').click()
  await expect(page).toHaveURL(/\/admin\/collections\/think-tanks\/\d+/)
  await expect(page.locator('#field-slug')).toHaveValue(`rand-corporation-${stamp}`)

  await page.goto('/admin/collections/sources/create')
  await page.locator('#field-title').fill(`Securing AI Model Weights ${stamp}`)
  await page.locator('#field-url').fill('javascript:alert(1)')
  await chooseRelation(page, 'thinkTank', `兰德公司${stamp}`)
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText('链接')
  await expect(page).toHaveURL(/\/sources\/create$/)
  await page.locator('#field-url').fill('https://www.rand.org/pubs/research_reports/RRA2849-1.html')
  await page.locator('#field-publishedAt').fill('2024-05')
  await page.locator('#action-save').click()
  await expect(page).toHaveURL(/\/admin\/collections\/sources\/\d+/)

  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-headline').fill(`兰德:保护前沿模型权重 ${stamp}`)
  await chooseRelation(page, 'thinkTank', `兰德公司${stamp}`)
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially('2024年5月,兰德公司发布报告,讨论如何保护前沿AI模型的权重。')
  await chooseRelation(page, 'sources', `Securing AI Model Weights ${stamp}`)
  await page.locator('#field-slug').fill(`rand-model-weights-${stamp}`)
  await page.locator('#action-save-draft').click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)

  await page.reload()
  await expect(page.locator('#field-headline')).toHaveValue(`兰德:保护前沿模型权重 ${stamp}`)
  await expect(page.locator('.rich-text-lexical [contenteditable="true"]').first()).toContainText(
    '兰德公司发布报告,讨论如何保护前沿AI模型的权重',
  )
})
