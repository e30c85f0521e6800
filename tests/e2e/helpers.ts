import { expect, type Browser, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'demo-password'

/** A fresh browser session (its own cookies) signed in to the Chinese admin as `email`. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  return page
}
