import type { Page, Request } from '@playwright/test'

import { apiToken } from './api'
import { DEMO_PASSWORD } from './helpers'
import { expect, test } from './test'

const FIRST = 'first-password-123'
const SECOND = 'second-password-456'

/** Prints what the admin sent and got back, so a refused save says why. */
function logWrites(page: Page) {
  page.on('response', async (response) => {
    const request = response.request()
    if (request.method() === 'GET' || !response.url().includes('/api/users')) return
    const body = await response.text().catch((error: unknown) => String(error))
    console.log(`${request.method()} ${new URL(response.url()).pathname} → ${response.status()} ${body.slice(0, 300)}`)
  })
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

async function openPasswordChange(page: Page) {
  await page.getByRole('button', { name: '更改密码' }).click()
  await expect(page.locator('#field-password')).toBeVisible()
}

const isFormStateRequest = (request: Request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined

/**
 * Waits as a person's pause before clicking Save would: past the admin's 250 ms debounce and until
 * its form-state round trips (server actions) are back. Saving in the middle of one can be refused
 * on stale client validation ("请更正无效字段") — the form racing itself, not the password rule.
 */
function formStateTracker(page: Page) {
  let inFlight = 0
  page.on('request', (request) => void (isFormStateRequest(request) && (inFlight += 1)))
  page.on('requestfinished', (request) => void (isFormStateRequest(request) && (inFlight -= 1)))
  page.on('requestfailed', (request) => void (isFormStateRequest(request) && (inFlight -= 1)))
  return async function settled() {
    await page.waitForTimeout(400)
    await expect.poll(() => inFlight).toBe(0)
  }
}

async function fillAll(page: Page, settled: () => Promise<void>, values: Record<string, string>) {
  for (const [selector, value] of Object.entries(values)) await page.locator(selector).fill(value)
  await settled()
}

/** The newest toast of that kind with that text (earlier ones may still be on screen). */
const toast = (page: Page, kind: 'success' | 'error', text: string) => page.locator(`.payload-toast-container .toast-${kind}`, { hasText: text }).last()

async function save(page: Page) {
  const answer = page.waitForResponse((response) => response.url().includes('/api/users/') && response.request().method() === 'PATCH')
  await page.locator('#action-save').click()
  return answer
}

test('a person changes their own password in the admin account view by giving the current one', async ({ browser, request }) => {
  const stamp = Date.now().toString(36)
  const email = `pw-${stamp}@example.com`
  const headers = { Authorization: `JWT ${await apiToken(request, 'admin@example.com')}` }
  const created = await request.post('/api/users', { headers, data: { email, password: FIRST, name: `改密${stamp}`, roles: ['editor'] } })
  expect(created.status()).toBe(201)
  // Another session of the same person (say, a forgotten laptop): it must end with the change.
  const other = await request.post('/api/users/login', { data: { email, password: FIRST } })
  const otherToken = ((await other.json()) as { token: string }).token

  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  logWrites(page)
  const settled = formStateTracker(page)
  await signIn(page, email, FIRST)
  await page.goto('/admin/account')
  // A plain profile save needs no current password.
  await fillAll(page, settled, { '#field-affiliation': `单位${stamp}` })
  expect((await save(page)).status()).toBe(200)
  await expect(toast(page, 'success', '更新成功')).toBeVisible()

  await openPasswordChange(page)
  await expect(page.locator('#field-currentPassword')).toBeVisible()

  // Forgotten: refused with a message saying what is missing, nothing changes.
  await fillAll(page, settled, { '#field-password': SECOND, '#field-confirm-password': SECOND })
  expect((await save(page)).status()).toBe(400)
  await expect(toast(page, 'error', '需要填写当前密码')).toBeVisible()
  expect((await request.post('/api/users/login', { data: { email, password: SECOND } })).status()).toBe(401)

  // A wrong current password: a clear refusal, and nothing changes.
  await fillAll(page, settled, { '#field-currentPassword': 'not-my-password' })
  expect((await save(page)).status()).toBe(403)
  await expect(toast(page, 'error', '当前密码不正确')).toBeVisible()
  expect((await request.post('/api/users/login', { data: { email, password: SECOND } })).status()).toBe(401)

  // The right one: saved, with Payload's own success message (the profile save's toast gone first).
  await expect(page.locator('.payload-toast-container .toast-success')).toHaveCount(0)
  await fillAll(page, settled, { '#field-currentPassword': FIRST })
  expect((await save(page)).status()).toBe(200)
  await expect(toast(page, 'success', '更新成功')).toBeVisible()
  await page.screenshot({ path: 'test-results/account-password-saved.png', fullPage: true })

  expect((await request.post('/api/users/login', { data: { email, password: SECOND } })).status()).toBe(200)
  expect((await request.post('/api/users/login', { data: { email, password: FIRST } })).status()).toBe(401)
  // The other session has ended; this one is still signed in.
  const otherMe = (await (await request.get('/api/users/me', { headers: { Authorization: `JWT ${otherToken}` } })).json()) as { user: unknown }
  expect(otherMe.user).toBeNull()
  await page.goto('/admin/account')
  await expect(page.locator('#field-email')).toHaveValue(email)
})

test('an admin sets another user’s password in the admin without giving any current password', async ({ browser, request }) => {
  const stamp = Date.now().toString(36)
  const email = `reset-${stamp}@example.com`
  const headers = { Authorization: `JWT ${await apiToken(request, 'admin@example.com')}` }
  const created = await request.post('/api/users', { headers, data: { email, password: FIRST, name: `重置${stamp}`, roles: ['reviewer'] } })
  const { doc } = (await created.json()) as { doc: { id: number } }

  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  logWrites(page)
  const settled = formStateTracker(page)
  await signIn(page, 'admin@example.com', DEMO_PASSWORD)
  await page.goto(`/admin/collections/users/${doc.id}`)
  await openPasswordChange(page)
  await expect(page.locator('#field-currentPassword')).toHaveCount(0)
  await fillAll(page, settled, { '#field-password': SECOND, '#field-confirm-password': SECOND })
  expect((await save(page)).status()).toBe(200)
  await expect(toast(page, 'success', '更新成功')).toBeVisible()
  expect((await request.post('/api/users/login', { data: { email, password: SECOND } })).status()).toBe(200)
})
