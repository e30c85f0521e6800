import type { Page } from '@playwright/test'

import { DEMO_ISSUE } from '../../src/demo/demo-content'
import { signedIn } from './helpers'
import { expect, test } from './test'

const issuePath = `/issues/${DEMO_ISSUE.slug}`

/** What a reader gets of the demo issue: the page's text, its release hash, and the release API. */
async function readerView(page: Page) {
  await page.goto(issuePath)
  const text = await page.locator('main').innerText()
  const hash = await page.locator('meta[name="zhiku-release-hash"]').getAttribute('content')
  const api = await (await page.request.get(`/api/releases?where[slug][equals]=${DEMO_ISSUE.slug}&where[latest][equals]=true`)).json()
  return { text, hash, api: JSON.stringify(api) }
}

test('renaming a think tank in the admin changes nothing on the published issue', async ({ browser }) => {
  const reader = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  const before = await readerView(reader)
  expect(before.hash).toMatch(/^[0-9a-f]{64}$/)

  const editor = await signedIn(browser, 'editor@example.com')
  const found = await (await editor.request.get('/api/think-tanks?where[slug][equals]=csis&depth=0')).json()
  const csis = found.docs[0] as { id: number; name: string }
  const rename = async (name: string) => {
    await editor.goto(`/admin/collections/think-tanks/${csis.id}`)
    await editor.locator('#field-name').fill(name)
    const saved = editor.waitForResponse((response) => response.url().includes(`/api/think-tanks/${csis.id}`) && response.request().method() !== 'GET')
    await editor.locator('#action-save').click()
    expect((await saved).status()).toBe(200)
    await editor.reload()
    await expect(editor.locator('#field-name')).toHaveValue(name)
  }
  await rename('美国战略与国际研究中心（改名测试）')
  try {
    expect(await readerView(reader)).toEqual(before)
    await expect(reader.getByText('改名测试')).toHaveCount(0)
  } finally {
    await rename(csis.name)
  }
})
