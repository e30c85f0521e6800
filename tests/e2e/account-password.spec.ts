import { apiToken } from './api'
import { expect, test } from './test'

test('a person changes their own password in the admin account view by giving the current one', async ({ browser, request }) => {
  const stamp = Date.now().toString(36)
  const email = `pw-${stamp}@example.com`
  const headers = { Authorization: `JWT ${await apiToken(request, 'admin@example.com')}` }
  const created = await request.post('/api/users', { headers, data: { email, password: 'first-password-123', name: `改密${stamp}`, roles: ['editor'] } })
  expect(created.status()).toBe(201)

  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill('first-password-123')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto('/admin/account')
  await page.getByRole('button', { name: '更改密码' }).click()
  await page.locator('#field-password').fill('second-password-456')
  await page.locator('#field-confirm-password').fill('second-password-456')
  await page.locator('#field-currentPassword').fill('first-password-123')
  const saved = page.waitForResponse((response) => response.url().includes('/api/users/') && response.request().method() === 'PATCH')
  await page.locator('#action-save').click()
  expect((await saved).status()).toBe(200)

  const withNew = await request.post('/api/users/login', { data: { email, password: 'second-password-456' } })
  expect(withNew.status()).toBe(200)
  const withOld = await request.post('/api/users/login', { data: { email, password: 'first-password-123' } })
  expect(withOld.status()).toBe(401)
})
